import { adviceTitleKey, optionKey, questionShortKey } from '../i18n/keys.ts';
import { municipalityQuestion, regionOf } from '../engine/rules.ts';
import type { Answers, Contact, Flow, Municipality, Safety, Source } from '../engine/schema.ts';
import type { Result } from '../engine/rules.ts';
import { everyPath } from './everyPath.ts';
import { describeCondition } from './describeCondition.ts';

type Text = (key: string) => string;
type Row = { when: Map<string, Set<string>>; count: number; outcome: string };

/**
 * The decision table for domain experts: every path through the flow, grouped by what it ends in, in
 * Dutch. Rows are exact: each row's answers, combined in every way, give exactly its paths.
 */
export function decisionTable(flow: Flow, municipalities: Municipality[], safety: Safety, text: Text): string {
  const walk = everyPath(flow, municipalities);
  const stand = walk.municipalities;
  const paths = walk.paths.map(({ answers }) => answers);
  const resultOf = new Map(walk.paths.map(({ answers, result }) => [answers, result]));
  const names = new Map(municipalities);
  const municipalityId = municipalityQuestion(flow)?.id ?? '';
  const label = (question: string, option: string) => {
    if (question !== municipalityId || !names.has(option)) return text(optionKey(question, option));
    const region = flow.regions.find((r) => r.id === regionOf(flow, option));
    return `${names.get(option)} (${region ? `regio ${region.name}` : 'geen regio'})`;
  };
  // A block shown in other words than its own says which ("what-happens (self)").
  const worded = (r: Result, ids: string[]) => ids.map((id) => (r.variants[id] ? `${id} (${r.variants[id]})` : id)).join(', ');
  const outcomeOf = (answers: Answers) => {
    const r = resultOf.get(answers)!;
    const rest = r.urgent.concat(r.contacts.slice(r.lead));
    return [r.firstStep ?? '', r.below?.contact ?? '', rest.join(', '), worded(r, r.act), worded(r, r.about)].join(' | ');
  };

  const lines: string[] = [
    '# Beslistabel — Is dit wel pluis?',
    '',
    'Gemaakt door `npm run flows:table` uit `flows/`; niet met de hand bewerken. Een test faalt als deze tabel niet meer klopt met de flow.',
    '',
    `Alle ${paths.length} paden door de vragen, gegroepeerd naar wat ze opleveren. ` +
      'Een rij geldt voor elke combinatie van de antwoorden in de kolom "Antwoorden"; een vraag die daar niet staat, maakt voor die rij niet uit. ' +
      `De gemeenten staan voor alle andere: ${stand.map((code) => label(municipalityId, code)).join('; ')}. ` +
      'Elke andere gemeente in dezelfde regio (of zonder regio) krijgt hetzelfde.',
    '',
    'Kolommen: **Eerste stap** (het contact waarmee het resultaat begint), **Direct daaronder** (het contact direct onder de eerste stap), **Andere contacten** in de volgorde op het scherm (112 eerst), **Wat je kunt doen** en **Over deze zorg**: de ids van de adviesblokken (titels onderaan), met tussen haakjes de woorden voor een andere lezer, zoals `self` voor de persoon zelf.',
    '',
  ];
  const risky: [Safety['risky'], string][] = [[safety.risky, '**meldcode-stap 3 riskant is**']];
  lines.push(
    '## Veilig advies',
    '',
    'Advies dat in de ene situatie veilig is, kan in een andere iemand in gevaar brengen. Deze regels komen uit de specificatie (SPEC.md, "Safe advice") en staan apart in `flows/safety.ts`. ' +
      '`npm run flows:check` loopt elk pad na en weigert de inhoud als een adviesregel er een breekt. Een id met een punt (`meldcode.talk`) is één stap van een adviesblok.',
    '',
    'Veilig als uitgangspunt: burgers en vrijwilligers krijgen precies één van drie: praten (`talk-to-suspect`, `speak-up`), steun bieden (`offer-support`) of niet zelf aanspreken (`do-not-confront`). Professionals volgen de meldcode.',
    '',
    `Voor een professional is stap 3 van de meldcode (het gesprek) **riskant** als: ${describeCondition(flow, safety.risky, text, names)}.`,
    '',
    '| advies of contact | regel |',
    '|---|---|',
  );
  for (const rule of safety.rules) {
    const when = describeCondition(flow, rule.never ?? rule.always!, text, names, risky);
    const ids = rule.shows.map((id) => `\`${id}\``).join(', ');
    lines.push(`| ${ids} | ${rule.never ? `**nooit** als: ${when}` : when === 'altijd' ? '**altijd**' : `**altijd** als: ${when}`} |`);
  }
  lines.push(
    '',
    '## Je eerste stap',
    '',
    'Het resultaat begint met één contact: het eerste van deze lijst dat getoond wordt en waarvan de voorwaarde geldt.',
    '',
  );
  flow.firstSteps.forEach((step, index) => {
    const when = step.when ? ` als: ${describeCondition(flow, step.when, text, names)}` : '';
    const then = step.below ? `; direct daaronder \`${step.below.contact}\`` : '';
    lines.push(`${index + 1}. \`${step.contact}\`${when}${then}`);
  });
  lines.push(
    '',
    'Noemt de regel van de eerste stap geen contact direct daaronder (of wordt dat niet getoond), dan staat daar het eerste van deze lijst dat getoond wordt, geldt en niet zelf de eerste stap is:',
    '',
  );
  flow.rightBelow.forEach((candidate, index) => {
    const when = candidate.when ? ` als: ${describeCondition(flow, candidate.when, text, names)}` : '';
    lines.push(`${index + 1}. \`${candidate.contact}\`${when}`);
  });
  lines.push(
    '',
    'De volgorde staat nog eens apart in `flows/safety.ts` (uit SPEC.md, "Contacts and routing"); `npm run flows:check` loopt elk pad na en weigert de inhoud als de eerste stap of het contact daaronder ervan afwijkt. ' +
      'Geen advies noemt een ander contact als plek om eerst heen te gaan: de tekst noemt de eerste stap met `{{firstStep}}`, en een contact dat ernaast genoemd wordt ("bel ook het CSG") staat in `also` van het adviesblok.',
    '',
  );
  lines.push(
    '## De regels',
    '',
    'Wanneer elk contact en elk adviesblok verschijnt, zoals het in `flows/contacts.ts` en `flows/advice.ts` staat. De tabellen daarna laten per zorg zien wat dat voor elk pad oplevert.',
    '',
    '| contact of advies | verschijnt als |',
    '|---|---|',
  );
  for (const contact of flow.contacts) lines.push(`| contact \`${contact.id}\` | ${describeCondition(flow, contact.when, text, names)} |`);
  for (const advice of flow.advice)
    lines.push(
      `| ${advice.block === 'act' ? 'wat je kunt doen' : 'over deze zorg'}: \`${advice.id}\` | ${describeCondition(flow, advice.when, text, names)} |`,
    );
  lines.push('');
  let rowCount = 0;
  for (const concern of flow.questions.find((q) => q.id === 'concern')!.options) {
    const inConcern = paths.filter((answers) => answers.concern === concern.id);
    const rows = groupRows(flow, inConcern, outcomeOf);
    rowCount += rows.length;
    lines.push(`## ${text(optionKey('concern', concern.id))} (\`${concern.id}\`): ${inConcern.length} paden, ${rows.length} rijen`, '');
    lines.push(
      '| Antwoorden | Paden | Eerste stap | Direct daaronder | Andere contacten | Wat je kunt doen | Over deze zorg |',
      '|---|---:|---|---|---|---|---|',
    );
    for (const row of rows) {
      const when = [...row.when]
        .filter(([question]) => question !== 'concern')
        .map(([question, options]) => `${text(questionShortKey(question))}: ${[...options].map((o) => label(question, o)).join(' / ')}`)
        .join('<br>');
      const [first, below, contacts, act, about] = row.outcome.split(' | ');
      lines.push(`| ${when || 'alle'} | ${row.count} | ${first} | ${below || '—'} | ${contacts} | ${act} | ${about} |`);
    }
    lines.push('');
  }
  lines.splice(6, 0, `In totaal ${rowCount} rijen.`, '');

  lines.push('## Vormen van zorg en hun bronnen', '', '| vraag | antwoord | bron |', '|---|---|---|');
  for (const question of flow.questions) {
    for (const option of question.options.filter((o) => o.sources)) {
      lines.push(
        `| ${text(questionShortKey(question.id))} | ${text(optionKey(question.id, option.id))} | ${option.sources!.map(cite).join('<br>')} |`,
      );
    }
  }
  lines.push('', '## Adviesblokken', '', '| id | titel (nl) | bron |', '|---|---|---|');
  for (const advice of flow.advice)
    lines.push(`| \`${advice.id}\` | ${text(adviceTitleKey(advice.id))} | ${advice.sources.map(cite).join('<br>')} |`);
  lines.push('', '## Contacten en hun bronnen', '');
  for (const contact of flow.contacts) {
    lines.push(`### ${contact.name} (\`${contact.id}\`)`, '');
    for (const phone of contact.phones) {
      const who = phone.person ? `${phone.person.name}: ` : '';
      const hours = phone.hours ? ` — bereikbaar: ${phone.hours.always ? '24/7' : 'zie schema'} (${cite(phone.hours.source)})` : '';
      lines.push(`- Telefoon ${who}${phone.number} — ${cite(phone.source)}${hours}`);
    }
    for (const email of contact.emails) lines.push(`- E-mail ${email.address} — ${cite(email.source)}`);
    if (contact.chat) {
      const slots = (contact.chat.hours?.weekly ?? []).map((s) => `${s.days.join(',')} ${s.open}–${s.close}`).join('; ');
      lines.push(`- Chat ${[contact.chat.url, slots].filter(Boolean).join(' ')} — ${cite(contact.chat.source)}`);
    }
    if (contact.website) lines.push(`- Website ${contact.website.url} — ${cite(contact.website.source)}`);
    if (contact.anonymous)
      lines.push(`- Zonder je naam te noemen: ${anonymousWhat[contact.anonymous.what]} — ${cite(contact.anonymous.source)}`);
    if (contact.interpreter) lines.push(`- Kan een tolk inschakelen — ${cite(contact.interpreter)}`);
    lines.push(`- Naam en rol — ${contact.sources.map(cite).join('; ')}`, '');
  }
  lines.push('## Regio’s', '');
  for (const region of flow.regions) {
    lines.push(
      `- **${region.name}**: ${region.members.map((code) => `${names.get(code)} (${code})`).join(', ')} — ${region.sources.map(cite).join('; ')}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const anonymousWhat: Record<NonNullable<Contact['anonymous']>['what'], string> = {
  advice: 'advies vragen',
  report: 'melden (geen advies)',
  'advice-and-report': 'advies vragen en melden',
  call: 'bellen',
  'call-and-chat': 'bellen en chatten',
};

const cite = (source: Source) =>
  source.seed ? `seed \`${source.seed}\`: “${source.quote}”` : `${source.url} (gelezen ${source.read}): “${source.quote}”`;

/** Splits paths into rows that each end the same and are a full product of their answer sets. */
function groupRows(flow: Flow, paths: Answers[], outcomeOf: (answers: Answers) => string): Row[] {
  const byOutcome = new Map<string, Answers[]>();
  for (const answers of paths) {
    const outcome = outcomeOf(answers);
    const group = byOutcome.get(outcome);
    if (group) group.push(answers);
    else byOutcome.set(outcome, [answers]);
  }
  const order = flow.questions.map((q) => q.id);
  // Every option on offer for each question in these paths: a row that has them all leaves that question out.
  const all = new Map(order.map((id) => [id, new Set(paths.map((a) => a[id]).filter(Boolean))]));
  const rows: Row[] = [];
  const split = (group: Answers[], outcome: string) => {
    const when = new Map<string, Set<string>>();
    for (const id of order) {
      const values = new Set(group.map((a) => a[id]).filter((v): v is string => v !== undefined));
      if (values.size) when.set(id, values);
    }
    const product = [...when.values()].reduce((n, values) => n * values.size, 1);
    const asked = new Set(group.map((a) => Object.keys(a).join()));
    if (product === group.length && asked.size === 1) {
      // Leave out questions where every option on offer is in the row: they make no difference.
      for (const [id, values] of when) if (values.size > 1 && values.size === all.get(id)?.size) when.delete(id);
      rows.push({ when, count: group.length, outcome });
      return;
    }
    const question = order.find(
      (id) => (when.get(id)?.size ?? 0) > 1 || group.some((a) => a[id] === undefined) !== group.every((a) => a[id] === undefined),
    )!;
    const values = [...new Set(group.map((a) => a[question]))];
    for (const value of values)
      split(
        group.filter((a) => a[question] === value),
        outcome,
      );
  };
  for (const [outcome, group] of byOutcome) split(group, outcome);
  return rows;
}
