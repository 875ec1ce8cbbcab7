/** A name found in the text before people are assembled: a known official, a candidate, or an unknown person. */
import type { Gender } from './forms';

/** An unknown person's name parts. */
export interface UnknownName {
  givenRu: string;
  surnameRu: string;
  /** Spellings from the text (English articles) or the lexicon, else null. */
  givenEn: string | null;
  surnameEn: string | null;
  gender: Gender;
  /** Given name not in the lexicon: the name counts only next to a role title. */
  titledOnly?: boolean;
  /**
   * Given name + a patronymic built on a given name («Борис Николаевич»): the polite address of someone
   * named elsewhere (or an official of the lexicon), never a person of its own.
   */
  politeOnly?: boolean;
}

/** One mention of a name. */
export interface NameHit {
  start: number;
  end: number;
  /** Sentence index of the mention. */
  sent: number;
  /** Token range [firstTok, lastTok]. */
  firstTok: number;
  lastTok: number;
  /** True when a given name is part of the mention. */
  full: boolean;
  /** Known official index when resolved. */
  official: number | null;
  /** For a bare surname shared by several known officials: every one it could be. */
  choices: number[] | null;
  unknown: UnknownName | null;
}
