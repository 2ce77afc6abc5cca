/**
 * Whether a study's quotes support the site and grade of the populations it is placed in. A
 * population is "gep" only where the source says gastroenteropancreatic, "pancreas" only where it
 * says pancreatic (Pan-NETs), and so on; a quote naming "NETs", "NENs G3" or "NECs" without a site
 * supports no site (the population's site is then `not_stated`). NECs are not graded by the WHO
 * 2019 classification, so a NEC population carries a grade only where the quote gives one.
 * Only what words can tell is checked: a site the check has no words for ("mixed") passes.
 */

/** Words of the source that state each site (any one supports it). */
const SITE_WORDS: Record<string, RegExp> = {
  // "Digestive" counts: the review writes "non-pancreatic digestive NETs", so digestive takes in the pancreas.
  gep: /gastroenteropancreatic|\bGEP\b|digestive/i,
  gastrointestinal: /gastrointestinal|\bGI\b|digestive|intestinal/i,
  pancreas: /\bPan-|pancrea|duodenopancreatic|\bpNET/i,
  small_bowel: /\bSb-|small bowel|small intestin|jejun|\bile(?:al|um)\b|midgut/i,
  midgut: /midgut/i,
  hindgut: /hindgut/i,
  colorectal: /colorectal|\bcolon|\brect/i,
  colon: /\bcolon|colorectal/i,
  rectum: /\brect|\br-NET/i,
  stomach: /gastric|\bg-NE|stomach/i,
  duodenum: /duoden|\bd-NET|periampullary/i,
  appendix: /append/i,
  esophagus: /(o)?esophag|\be-NET/i,
  extra_pancreatic: /extra-?\s?pancreatic|non-?\s?pancreatic/i,
  lung: /\blung|thoracic|pulmonary/i,
  lung_and_gi: /\blung\b[\s\S]*(?:digestive|gastrointestinal)|(?:digestive|gastrointestinal)[\s\S]*\blung\b/i,
  liver: /\bliver|hepatic/i,
  unknown_primary: /unknown primary/i,
};

export interface PopulationClaim {
  id: string;
  site: string;
  differentiation: string;
  grades: readonly string[];
}

/**
 * The quotes name a group of tumours or patients ("170 NETs", "29 advanced NENs G3", "G3 patients"):
 * only then can words tell whether a site or grade is stated. A quote naming no group ("A
 * re-analysis of this study[114]") says nothing either way.
 */
const NAMES_A_GROUP =
  /\b(?:[A-Za-z]+-)?(?:NETs?|NENs?|NECs?|MiNENs?)\b|\bneoplasms?\b|\btumou?rs\b|\bcarcinomas?\b|\bG[123]\s+(?:patients|cases)\b/;

/** Grades as the review writes them: "G3", "G1-G2", "G1/G2", "NET G3". */
const gradeWritten = (grade: string) => new RegExp(`\\b${grade}\\b`);

/** What the quotes do not support of a population: a site no quote names, a grade no quote gives. */
export function unsupportedClaims(population: PopulationClaim, quotes: string): string[] {
  if (!NAMES_A_GROUP.test(quotes)) return [];
  const out: string[] = [];
  const words = SITE_WORDS[population.site];
  if (words && !words.test(quotes))
    out.push(
      `site "${population.site}" of ${population.id}: the quotes name the group without that site (use a population with site not_stated)`,
    );
  const necs = population.differentiation === 'NEC' || /\bNECs?\b|MiNENs?/.test(quotes);
  for (const grade of population.grades) {
    if (!gradeWritten(grade).test(quotes)) {
      out.push(
        necs
          ? `grade ${grade} of ${population.id}: NECs are not graded, and no quote gives ${grade}`
          : `grade ${grade} of ${population.id}: no quote gives ${grade}`,
      );
    }
  }
  return out;
}
