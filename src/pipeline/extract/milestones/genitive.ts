/**
 * The Russian genitive of a person's surname for titles («Переговоры Путина и Жапарова»). lvovich
 * finds the gender and the declension rule by searching its rule lists, ≈0.2 ms a name in the
 * tiers a batch run keeps it in: the knowledge's officials are inclined when the pipeline is
 * compiled (`genitive-prebuild.ts`), other names on use.
 */
import { incline } from 'lvovich';

/** Countries whose names put the family name first ("Xi Jinping" is "Xi"); Russian titles keep the whole name («Визит Си Цзиньпина»). */
const FAMILY_FIRST = new Set(['CN', 'KP']);

/** A name written family name first ("Xi Jinping"): its country puts it so and it has more than one word. */
export const familyFirst = (p: { country: string | null; nameEn: string }) => p.country !== null && FAMILY_FIRST.has(p.country) && p.nameEn.includes(' ');

/** The genitive of the Russian name's surname («Атамбаев» → «Атамбаева»), the given name telling the gender; the whole name when written family name first. */
export function genitiveOf(nameRu: string, familyNameFirst: boolean): string {
  const parts = nameRu.trim().split(/\s+/);
  const last = parts[parts.length - 1] ?? nameRu;
  let out = last;
  try {
    out = incline({ first: parts.length > 1 && !familyNameFirst ? parts[0] : undefined, last }, 'genitive').last ?? last;
  } catch {
    // lvovich does not know the name: keep the nominative.
  }
  if (familyNameFirst) out = `${parts.slice(0, -1).join(' ')} ${out}`;
  return out;
}
