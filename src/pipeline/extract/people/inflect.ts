/**
 * Every oblique case of a name with lvovich, choosing its declension rule once per word instead of
 * once per case: the same forms as `inclineFirstname` / `inclineLastname`, a fifth of the rule search.
 */
import {
  ACCUSATIVE,
  applyRule,
  constantizeGenderInRules,
  DATIVE,
  findRule,
  GENITIVE,
  INSTRUMENTAL,
  PREPOSITIONAL,
  type DeclensionRuleSetT,
} from 'lvovich/lib/inclineRules';
import { FEMALE, MALE } from 'lvovich/lib/gender';
import firstnameModule from 'lvovich/lib/rules/inclineRulesFirstname';
import lastnameModule from 'lvovich/lib/rules/inclineRulesLastname';

/** lvovich's declension constants in the order of `OBLIQUE` (genitive, dative, accusative, instrumental, prepositional). */
const DECLENSIONS = [GENITIVE, DATIVE, ACCUSATIVE, INSTRUMENTAL, PREPOSITIONAL] as const;

/**
 * A rule set from its CommonJS module (`exports.default = {…}`): Node's ESM import gives the whole
 * `module.exports`, TypeScript's interop its `default`.
 */
function ruleSet(m: DeclensionRuleSetT | { default: DeclensionRuleSetT }): DeclensionRuleSetT {
  const rules = 'default' in m ? m.default : m;
  if (!Array.isArray(rules.suffixes)) throw new Error('lvovich: unexpected rule set module');
  return rules;
}
const firstnameRules = ruleSet(firstnameModule);
const lastnameRules = ruleSet(lastnameModule);

// The rule sets' gender names as constants, as `findRule` compares them (lvovich does the same on
// load; doing it again changes nothing).
constantizeGenderInRules(firstnameRules);
constantizeGenderInRules(lastnameRules);

function inclineAll(word: string, gender: 'male' | 'female', rules: DeclensionRuleSetT): string[] {
  const g = gender === 'female' ? FEMALE : MALE;
  const parts = word.split('-');
  const rulesOf = parts.map((part, i) => findRule(part, g, rules, { firstWord: i === 0 && parts.length > 1 }));
  return DECLENSIONS.map((d) => parts.map((part, i) => (rulesOf[i] ? applyRule(rulesOf[i]!, part, d) : part)).join('-'));
}

/** The five oblique cases of a given name, as `inclineFirstname` gives them one by one. */
export function inclineFirstnameAll(name: string, gender: 'male' | 'female'): string[] {
  return inclineAll(name, gender, firstnameRules);
}

/** The five oblique cases of a surname, as `inclineLastname` gives them one by one. */
export function inclineLastnameAll(name: string, gender: 'male' | 'female'): string[] {
  return inclineAll(name, gender, lastnameRules);
}
