/**
 * Every string the task pane shows, in nb, sv, en and es. Table and column names stay in English
 * where the contract fixes them (the workbook's names); everything else speaks the user's language.
 */
import { fill, type Catalogue, type Language } from './language';

const en = {
  'app.title': 'Samkost',
  'app.loading': 'Loading …',
  'tab.label': 'Samkost views',
  'tab.more': 'More views ({count})',
  'tab.run': 'Run',
  'tab.tables': 'Tables',
  'tab.settings': 'Settings',
  'tab.help': 'Help',
  'action.dismiss': 'Dismiss',
  'cell.select': 'Select cell {cell}',

  'error.title': 'Something went wrong',
  'error.cellEditMode': 'Excel is editing a cell. Press Enter or Esc in the sheet, then try again.',
  'error.tooLarge':
    'The workbook is too large to send in one go. Remove unused rows and try again.',
  'error.accessDenied':
    'Excel did not allow the change. Check that the workbook and its sheets are not protected or read-only.',
  'error.notSupported':
    'This version of Excel lacks a feature Samkost needs. Use Excel 2019 or later, or Excel on the web.',
  'error.itemNotFound':
    'A sheet or table Samkost expected is gone. Check the workbook and try again.',
  'error.conflict': 'Someone else changed the workbook at the same time. Try again.',
  'error.read': 'Samkost could not read the workbook. Nothing was changed.',
  'error.engine': 'The calculation failed. Nothing was written to the workbook.',
  'error.write':
    'Samkost could not write the results. The workbook was left as it was before the run.',
  'error.select': 'Samkost could not select that cell.',
  'error.insert': 'Samkost could not add the tables. Nothing was changed.',
  'error.settingsRead': 'Samkost could not read the Settings table.',
  'error.settingsWrite': 'Samkost could not save the settings. The Settings table was not changed.',
  'error.solver':
    'The planning solver could not be loaded, so no funding plan was made. Reload the add-in and try again.',
  'error.worker':
    'The calculation stopped unexpectedly. Nothing was written. Reload the add-in and try again.',

  'run.heading': 'Run the calculation',
  'run.intro':
    'Samkost reads the input tables, splits every cost between the municipalities, ranks the proposals, plans their funding and flags risks. The results are written to their own sheets; your input is never changed.',
  'run.button': 'Run',
  'run.running': 'Running…',
  'run.progress': 'Progress',
  'run.problems':
    'The input needs correcting before Samkost can calculate. Problems found: {count}. Nothing was written.',
  'run.done': 'Done. Sheets written ({count}): {sheets}.',
  'run.loadingResults': 'Loading the results…',
  'run.stale': 'The sheets {sheets} still hold the previous run’s results: this run wrote nothing.',
  'run.emptyWorkbook':
    'This workbook has no input tables yet. Create them, fill them in (or insert the sample), then run again.',

  'step.read': 'Reading the input tables',
  'step.solver': 'Loading the planning solver',
  'step.parse': 'Checking the input',
  'step.prioritise': 'Scoring the proposals',
  'step.plan': 'Planning the funding',
  'step.allocate': 'Splitting the costs',
  'step.flags': 'Looking for risks',
  'step.outputs': 'Preparing the result tables',
  'step.write': 'Writing the results',

  'problems.table': '{table}: {count}',

  'results.municipalities': 'What each municipality pays in {year} ({currency})',
  'results.counts':
    'One-off costs and proposals of {year}, plus the annual costs, licences and funded proposals’ annual costs running in {year}.',
  'results.planningYear':
    '{year} is the planning year: these are the amounts compared with each municipality’s ICT budget.',
  'results.budgetYear': 'Budget year',
  'results.planningYearOption': '{year} (planning year)',
  'results.chartTitle': 'Total per municipality by source: costs, system licences and proposals',
  'results.source.cost': 'Costs',
  'results.source.system': 'System licences',
  'results.source.proposal': 'Proposals',
  'results.municipality': 'Municipality',
  'results.oneOff': 'One-off',
  'results.annual': 'Annual',
  'results.total': 'Total',
  'results.oneOffAnnual': 'One-off {oneOff} · annual {annual}',
  'results.priorities': 'Top priorities',
  'results.priority': '{id} {title}: score {score}.',
  'results.fundedIn': 'Funded, starts {year}.',
  'results.notFunded': 'Not funded.',
  'results.plan': 'Funding plan',
  'results.year': 'Year',
  'results.used': 'Investment used',
  'results.ofBudget': 'of {budget}',
  'results.proposals': 'Proposals starting',
  'results.flags': 'Risk flags',
  'severity.high': 'High',
  'severity.medium': 'Medium',
  'severity.low': 'Low',

  'tables.createHeading': 'Create input tables',
  'tables.createIntro':
    'Adds one sheet per input table ({sheets}) with the right headers and drop-down lists. Sheets that already exist are left as they are.',
  'tables.createButton': 'Create input tables',
  'tables.sampleHeading': 'Insert the sample',
  'tables.sampleIntro':
    'Adds the Knutepunkt Sørlandet example: seven municipalities with their shared costs, systems, proposals, scores and budget, ready to run. Input tables that are still empty are filled; tables with data are left as they are.',
  'tables.sampleButton': 'Insert sample',
  'tables.created': 'Tables created: {tables}.',
  'tables.noneCreated': 'No tables were created.',
  'tables.skipped': 'Already in the workbook, left unchanged: {tables}.',
  'tables.blocked.columns':
    '{sheet}: the table has columns of its own ({columns}), so the sample was not put in it.',
  'tables.blocked.cells':
    '{sheet}: the sheet holds more than the empty table ({range}), so the sample was not put in it.',

  'settings.heading': 'Settings',
  'settings.intro':
    'These values are stored in the workbook’s Settings table. Leave a field blank to use its default. Run again to use new settings.',
  'settings.loading': 'Reading the settings…',
  'settings.officeLanguage': 'The Office language',
  'settings.save': 'Save settings',
  'settings.reload': 'Reload',
  'settings.saved': 'Settings saved. Run again to use them.',
  'settings.hint.Currency': 'Currency code shown with amounts. Default NOK.',
  'settings.hint.RoundTo': '0.01 to split to the øre/cent, or 1 for whole units. Default 0.01.',
  'settings.hint.DiscountRate': 'For net present values, e.g. 4 %. Default 4 %.',
  'settings.hint.PlanningYear': 'The year the budget is for. Default the current year.',
  'settings.hint.ContractWarningMonths':
    'Warn about contracts expiring within this many months. Default 12.',
  'settings.hint.DisagreementThreshold':
    'Flag proposals whose scorers’ spread is above this. Default 1.0.',
  'settings.hint.ScoreMax': 'The highest score on each criterion. Default 5.',
  'settings.hint.Language': 'The language of results and messages in this workbook.',
  'settings.hint.Sensitivity':
    'How far each criterion weight moves when testing how stable the ranking is (best and worst rank). Default 20 %.',
  'language.nb': 'Norwegian (bokmål)',
  'language.sv': 'Swedish',
  'language.en': 'English',
  'language.es': 'Spanish',

  'help.heading': 'About Samkost',
  'help.what':
    'Samkost helps municipalities that run ICT together plan and split its cost: every split adds up to the øre, each municipality sees what it would pay under every reasonable key, and the ICT council gets one ranked list of proposals and a funding plan that fits the budget.',
  'help.how':
    'Keep your data in Excel tables on the sheets below, then press Run. Samkost finds each table by its Excel table name, shown in brackets where it differs from the sheet’s; rename the sheets as you like. Problems are listed with their cell; click one to go there.',
  'help.inputs': 'Tables Samkost reads',
  'help.outputs': 'Tables Samkost writes',
  'help.input.Municipalities': 'the members: population, PCs, budget, custom keys (required).',
  'help.input.Costs': 'shared cost items, one-off or annual, with their distribution key.',
  'help.input.Systems': 'the application portfolio: owner, licence cost, contract expiry.',
  'help.input.Proposals': 'proposed measures: costs, benefits, dependencies.',
  'help.input.Criteria': 'the scoring criteria and their weights.',
  'help.input.Scores': 'each scorer’s scores per proposal and criterion.',
  'help.input.Budget': 'the investment and operating budget per year.',
  'help.input.StandAlone': 'what an item would cost a municipality alone.',
  'help.input.Settings': 'currency, rounding, discount rate, planning year and more.',
  'help.input.CoalitionCosts': 'what a group of municipalities would pay for an item on its own.',
  'help.output.Allocation':
    'every amount split between the municipalities; select a share to see here how it was worked out.',
  'help.output.SplitComparison': 'each municipality’s total under every key.',
  'help.output.PcCharges': 'the charge per PC and each municipality’s licence charges.',
  'help.output.Priorities': 'the proposals ranked, with NPV and the funding plan.',
  'help.output.RiskFlags': 'risks found, each with the cell it is about.',
  'help.output.Totals': 'each municipality’s total by source.',
  'help.output.ExitAnalysis':
    'what each municipality pays, would pay alone, and what the others would pay more if it left.',
  'help.input.CriteriaPairs':
    'pairwise judgements of the criteria, from which their weights follow.',
  'help.output.CriteriaWeights':
    'the criteria’s weights as used, and how consistent the pairwise judgements are.',
  'help.output.Frontier': 'the best total score the budget buys at 25 % to 200 % of its size.',
  'help.readme':
    'The full description of every table, column and calculation is in the Samkost README (README.md in the Samkost repository).',
} as const;

export type UiKey = keyof typeof en;

const nb: Record<UiKey, string> = {
  'app.title': 'Samkost',
  'app.loading': 'Laster …',
  'tab.label': 'Samkost-visninger',
  'tab.more': 'Flere visninger ({count})',
  'tab.run': 'Kjør',
  'tab.tables': 'Tabeller',
  'tab.settings': 'Innstillinger',
  'tab.help': 'Hjelp',
  'action.dismiss': 'Lukk',
  'cell.select': 'Merk celle {cell}',

  'error.title': 'Noe gikk galt',
  'error.cellEditMode': 'Excel redigerer en celle. Trykk Enter eller Esc i arket og prøv igjen.',
  'error.tooLarge':
    'Arbeidsboken er for stor til å sendes på én gang. Fjern ubrukte rader og prøv igjen.',
  'error.accessDenied':
    'Excel tillot ikke endringen. Sjekk at arbeidsboken og arkene ikke er beskyttet eller skrivebeskyttet.',
  'error.notSupported':
    'Denne versjonen av Excel mangler en funksjon Samkost trenger. Bruk Excel 2019 eller nyere, eller Excel på nettet.',
  'error.itemNotFound':
    'Et ark eller en tabell Samkost ventet, finnes ikke lenger. Sjekk arbeidsboken og prøv igjen.',
  'error.conflict': 'Noen andre endret arbeidsboken samtidig. Prøv igjen.',
  'error.read': 'Samkost kunne ikke lese arbeidsboken. Ingenting ble endret.',
  'error.engine': 'Beregningen feilet. Ingenting ble skrevet til arbeidsboken.',
  'error.write':
    'Samkost kunne ikke skrive resultatene. Arbeidsboken er som den var før kjøringen.',
  'error.select': 'Samkost kunne ikke merke den cellen.',
  'error.insert': 'Samkost kunne ikke legge til tabellene. Ingenting ble endret.',
  'error.settingsRead': 'Samkost kunne ikke lese Settings-tabellen.',
  'error.settingsWrite':
    'Samkost kunne ikke lagre innstillingene. Settings-tabellen ble ikke endret.',
  'error.solver':
    'Planleggingsverktøyet kunne ikke lastes, så ingen finansieringsplan ble laget. Last tillegget på nytt og prøv igjen.',
  'error.worker':
    'Beregningen stoppet uventet. Ingenting ble skrevet. Last tillegget på nytt og prøv igjen.',

  'run.heading': 'Kjør beregningen',
  'run.intro':
    'Samkost leser inndatatabellene, fordeler hver kostnad mellom kommunene, rangerer tiltakene, planlegger finansieringen og flagger risiko. Resultatene skrives til egne ark; inndataene dine endres aldri.',
  'run.button': 'Kjør',
  'run.running': 'Kjører …',
  'run.progress': 'Fremdrift',
  'run.problems':
    'Inndataene må rettes før Samkost kan beregne. Antall problemer: {count}. Ingenting ble skrevet.',
  'run.done': 'Ferdig. Ark skrevet ({count}): {sheets}.',
  'run.loadingResults': 'Laster resultatene …',
  'run.stale':
    'Arkene {sheets} viser fortsatt resultatene fra forrige kjøring: denne kjøringen skrev ingenting.',
  'run.emptyWorkbook':
    'Arbeidsboken har ingen inndatatabeller ennå. Lag dem, fyll dem ut (eller sett inn eksempelet), og kjør på nytt.',

  'step.read': 'Leser inndatatabellene',
  'step.solver': 'Laster planleggingsverktøyet',
  'step.parse': 'Kontrollerer inndataene',
  'step.prioritise': 'Vurderer tiltakene',
  'step.plan': 'Planlegger finansieringen',
  'step.allocate': 'Fordeler kostnadene',
  'step.flags': 'Ser etter risiko',
  'step.outputs': 'Lager resultattabellene',
  'step.write': 'Skriver resultatene',

  'problems.table': '{table}: {count}',

  'results.municipalities': 'Hva hver kommune betaler i {year} ({currency})',
  'results.counts':
    'Engangskostnader og tiltak i {year}, pluss årlige kostnader, lisenser og årlige kostnader for finansierte tiltak som løper i {year}.',
  'results.planningYear':
    '{year} er planåret: det er disse beløpene som sammenlignes med hver kommunes IKT-budsjett.',
  'results.budgetYear': 'Budsjettår',
  'results.planningYearOption': '{year} (planår)',
  'results.chartTitle': 'Sum per kommune etter kilde: kostnader, systemlisenser og tiltak',
  'results.source.cost': 'Kostnader',
  'results.source.system': 'Systemlisenser',
  'results.source.proposal': 'Tiltak',
  'results.municipality': 'Kommune',
  'results.oneOff': 'Engangs',
  'results.annual': 'Årlig',
  'results.total': 'Sum',
  'results.oneOffAnnual': 'Engang {oneOff} · årlig {annual}',
  'results.priorities': 'Høyest prioriterte tiltak',
  'results.priority': '{id} {title}: poeng {score}.',
  'results.fundedIn': 'Finansiert, starter {year}.',
  'results.notFunded': 'Ikke finansiert.',
  'results.plan': 'Finansieringsplan',
  'results.year': 'År',
  'results.used': 'Investering brukt',
  'results.ofBudget': 'av {budget}',
  'results.proposals': 'Tiltak som starter',
  'results.flags': 'Risikoflagg',
  'severity.high': 'Høy',
  'severity.medium': 'Middels',
  'severity.low': 'Lav',

  'tables.createHeading': 'Lag inndatatabeller',
  'tables.createIntro':
    'Legger til ett ark per inndatatabell ({sheets}) med riktige overskrifter og nedtrekkslister. Ark som finnes fra før, blir stående som de er.',
  'tables.createButton': 'Lag inndatatabeller',
  'tables.sampleHeading': 'Sett inn eksempelet',
  'tables.sampleIntro':
    'Legger til eksempelet Knutepunkt Sørlandet: sju kommuner med felles kostnader, fagsystemer, tiltak, vurderinger og budsjett, klart til å kjøres. Inndatatabeller som fortsatt er tomme, fylles ut; tabeller med data får stå som de er.',
  'tables.sampleButton': 'Sett inn eksempel',
  'tables.created': 'Tabeller laget: {tables}.',
  'tables.noneCreated': 'Ingen tabeller ble laget.',
  'tables.skipped': 'Finnes allerede i arbeidsboken, ikke endret: {tables}.',
  'tables.blocked.columns':
    '{sheet}: tabellen har egne kolonner ({columns}), så eksempelet ble ikke satt inn der.',
  'tables.blocked.cells':
    '{sheet}: arket inneholder mer enn den tomme tabellen ({range}), så eksempelet ble ikke satt inn der.',

  'settings.heading': 'Innstillinger',
  'settings.intro':
    'Verdiene lagres i arbeidsbokens Settings-tabell. La et felt stå tomt for å bruke standardverdien. Kjør på nytt for å bruke nye innstillinger.',
  'settings.loading': 'Leser innstillingene …',
  'settings.officeLanguage': 'Office-språket',
  'settings.save': 'Lagre innstillinger',
  'settings.reload': 'Les på nytt',
  'settings.saved': 'Innstillingene er lagret. Kjør på nytt for å bruke dem.',
  'settings.hint.Currency': 'Valutakode som vises med beløp. Standard NOK.',
  'settings.hint.RoundTo': '0,01 for å fordele på øret, eller 1 for hele kroner. Standard 0,01.',
  'settings.hint.DiscountRate': 'For nåverdier, f.eks. 4 %. Standard 4 %.',
  'settings.hint.PlanningYear': 'Året budsjettet gjelder. Standard inneværende år.',
  'settings.hint.ContractWarningMonths':
    'Varsle om avtaler som utløper innen så mange måneder. Standard 12.',
  'settings.hint.DisagreementThreshold':
    'Flagg tiltak der spredningen i vurderingene er større enn dette. Standard 1,0.',
  'settings.hint.ScoreMax': 'Høyeste poeng på hvert kriterium. Standard 5.',
  'settings.hint.Language': 'Språket for resultater og meldinger i denne arbeidsboken.',
  'settings.hint.Sensitivity':
    'Hvor mye hver kriterievekt flyttes når rangeringens stabilitet testes (beste og dårligste rang). Standard 20 %.',
  'language.nb': 'Norsk (bokmål)',
  'language.sv': 'Svensk',
  'language.en': 'Engelsk',
  'language.es': 'Spansk',

  'help.heading': 'Om Samkost',
  'help.what':
    'Samkost hjelper kommuner som driver IKT sammen, å planlegge og fordele kostnadene: hver fordeling går opp på øret, hver kommune ser hva den ville betalt med hver rimelig fordelingsnøkkel, og IKT-rådet får én rangert liste over tiltak og en finansieringsplan som holder seg innenfor budsjettet.',
  'help.how':
    'Hold dataene i Excel-tabeller på arkene nedenfor, og trykk Kjør. Samkost finner hver tabell på Excel-tabellnavnet, som står i parentes der det er et annet enn arkets; arkene kan hete hva du vil. Problemer vises med cellen sin; klikk på et for å gå dit.',
  'help.inputs': 'Tabeller Samkost leser',
  'help.outputs': 'Tabeller Samkost skriver',
  'help.input.Municipalities': 'medlemmene: innbyggere, PC-er, budsjett, egne nøkler (påkrevd).',
  'help.input.Costs': 'felles kostnadsposter, engangs eller årlige, med fordelingsnøkkel.',
  'help.input.Systems': 'fagsystemene: systemeier, lisenskostnad, avtalens utløp.',
  'help.input.Proposals': 'foreslåtte tiltak: kostnader, gevinster, avhengigheter.',
  'help.input.Criteria': 'vurderingskriteriene og vektene deres.',
  'help.input.Scores': 'hvert IKT-rådsmedlems poeng per tiltak og kriterium.',
  'help.input.Budget': 'investerings- og driftsbudsjettet per år.',
  'help.input.StandAlone': 'hva en post ville kostet en kommune alene.',
  'help.input.Settings': 'valuta, avrunding, diskonteringsrente, planleggingsår med mer.',
  'help.input.CoalitionCosts': 'hva en gruppe kommuner ville betalt for en post på egen hånd.',
  'help.output.Allocation':
    'hvert beløp fordelt mellom kommunene; velg en andel for å se her hvordan den ble regnet ut.',
  'help.output.SplitComparison': 'hver kommunes sum med hver fordelingsnøkkel.',
  'help.output.PcCharges': 'PC-driftsavgiften og hver kommunes lisenskostnader.',
  'help.output.Priorities': 'tiltakene rangert, med nåverdi og finansieringsplan.',
  'help.output.RiskFlags': 'risikoer som ble funnet, hver med cellen den gjelder.',
  'help.output.Totals': 'hver kommunes sum etter kilde.',
  'help.output.ExitAnalysis':
    'hva hver kommune betaler, ville betalt alene, og hva de andre ville betalt mer om den gikk ut.',
  'help.input.CriteriaPairs': 'parvise vurderinger av kriteriene, som vektene beregnes fra.',
  'help.output.CriteriaWeights':
    'kriterievektene som er brukt, og hvor konsistente de parvise vurderingene er.',
  'help.output.Frontier':
    'den beste samlede poengsummen budsjettet gir fra 25 % til 200 % av størrelsen.',
  'help.readme':
    'Den fullstendige beskrivelsen av hver tabell, kolonne og beregning står i Samkosts README (README.md i Samkost-repositoriet).',
};

const sv: Record<UiKey, string> = {
  'app.title': 'Samkost',
  'app.loading': 'Laddar …',
  'tab.label': 'Samkost-vyer',
  'tab.more': 'Fler vyer ({count})',
  'tab.run': 'Kör',
  'tab.tables': 'Tabeller',
  'tab.settings': 'Inställningar',
  'tab.help': 'Hjälp',
  'action.dismiss': 'Stäng',
  'cell.select': 'Markera cell {cell}',

  'error.title': 'Något gick fel',
  'error.cellEditMode': 'Excel redigerar en cell. Tryck Enter eller Esc i bladet och försök igen.',
  'error.tooLarge':
    'Arbetsboken är för stor för att skickas på en gång. Ta bort oanvända rader och försök igen.',
  'error.accessDenied':
    'Excel tillät inte ändringen. Kontrollera att arbetsboken och bladen inte är skyddade eller skrivskyddade.',
  'error.notSupported':
    'Den här versionen av Excel saknar en funktion som Samkost behöver. Använd Excel 2019 eller senare, eller Excel på webben.',
  'error.itemNotFound':
    'Ett blad eller en tabell som Samkost väntade sig finns inte längre. Kontrollera arbetsboken och försök igen.',
  'error.conflict': 'Någon annan ändrade arbetsboken samtidigt. Försök igen.',
  'error.read': 'Samkost kunde inte läsa arbetsboken. Ingenting ändrades.',
  'error.engine': 'Beräkningen misslyckades. Ingenting skrevs till arbetsboken.',
  'error.write': 'Samkost kunde inte skriva resultaten. Arbetsboken är som den var före körningen.',
  'error.select': 'Samkost kunde inte markera den cellen.',
  'error.insert': 'Samkost kunde inte lägga till tabellerna. Ingenting ändrades.',
  'error.settingsRead': 'Samkost kunde inte läsa Settings-tabellen.',
  'error.settingsWrite':
    'Samkost kunde inte spara inställningarna. Settings-tabellen ändrades inte.',
  'error.solver':
    'Planeringsverktyget kunde inte laddas, så ingen finansieringsplan togs fram. Ladda om tillägget och försök igen.',
  'error.worker':
    'Beräkningen avbröts oväntat. Ingenting skrevs. Ladda om tillägget och försök igen.',

  'run.heading': 'Kör beräkningen',
  'run.intro':
    'Samkost läser indatatabellerna, fördelar varje kostnad mellan kommunerna, rangordnar förslagen, planerar finansieringen och flaggar risker. Resultaten skrivs till egna blad; dina indata ändras aldrig.',
  'run.button': 'Kör',
  'run.running': 'Kör …',
  'run.progress': 'Förlopp',
  'run.problems':
    'Indata behöver rättas innan Samkost kan räkna. Antal problem: {count}. Ingenting skrevs.',
  'run.done': 'Klart. Skrivna blad ({count}): {sheets}.',
  'run.loadingResults': 'Laddar resultaten …',
  'run.stale':
    'Bladen {sheets} visar fortfarande resultaten från förra körningen: den här körningen skrev ingenting.',
  'run.emptyWorkbook':
    'Arbetsboken har inga indatatabeller ännu. Skapa dem, fyll i dem (eller infoga exemplet) och kör igen.',

  'step.read': 'Läser indatatabellerna',
  'step.solver': 'Laddar planeringsverktyget',
  'step.parse': 'Kontrollerar indata',
  'step.prioritise': 'Bedömer förslagen',
  'step.plan': 'Planerar finansieringen',
  'step.allocate': 'Fördelar kostnaderna',
  'step.flags': 'Letar efter risker',
  'step.outputs': 'Tar fram resultattabellerna',
  'step.write': 'Skriver resultaten',

  'problems.table': '{table}: {count}',

  'results.municipalities': 'Vad varje kommun betalar {year} ({currency})',
  'results.counts':
    'Engångskostnader och förslag {year}, plus löpande kostnader, licenser och finansierade förslags årliga kostnader som löper {year}.',
  'results.planningYear':
    '{year} är planeringsåret: det är dessa belopp som jämförs med varje kommuns IT-budget.',
  'results.budgetYear': 'Budgetår',
  'results.planningYearOption': '{year} (planeringsår)',
  'results.chartTitle': 'Summa per kommun efter källa: kostnader, systemlicenser och förslag',
  'results.source.cost': 'Kostnader',
  'results.source.system': 'Systemlicenser',
  'results.source.proposal': 'Förslag',
  'results.municipality': 'Kommun',
  'results.oneOff': 'Engång',
  'results.annual': 'Årlig',
  'results.total': 'Summa',
  'results.oneOffAnnual': 'Engång {oneOff} · årlig {annual}',
  'results.priorities': 'Högst prioriterade förslag',
  'results.priority': '{id} {title}: poäng {score}.',
  'results.fundedIn': 'Finansierat, startar {year}.',
  'results.notFunded': 'Inte finansierat.',
  'results.plan': 'Finansieringsplan',
  'results.year': 'År',
  'results.used': 'Använd investering',
  'results.ofBudget': 'av {budget}',
  'results.proposals': 'Förslag som startar',
  'results.flags': 'Riskflaggor',
  'severity.high': 'Hög',
  'severity.medium': 'Medel',
  'severity.low': 'Låg',

  'tables.createHeading': 'Skapa indatatabeller',
  'tables.createIntro':
    'Lägger till ett blad per indatatabell ({sheets}) med rätt rubriker och listrutor. Blad som redan finns lämnas som de är.',
  'tables.createButton': 'Skapa indatatabeller',
  'tables.sampleHeading': 'Infoga exemplet',
  'tables.sampleIntro':
    'Lägger till exemplet Knutepunkt Sørlandet: sju kommuner med gemensamma kostnader, system, förslag, bedömningar och budget, klart att köra. Indatatabeller som fortfarande är tomma fylls i; tabeller med data lämnas som de är.',
  'tables.sampleButton': 'Infoga exempel',
  'tables.created': 'Skapade tabeller: {tables}.',
  'tables.noneCreated': 'Inga tabeller skapades.',
  'tables.skipped': 'Finns redan i arbetsboken, lämnade oförändrade: {tables}.',
  'tables.blocked.columns':
    '{sheet}: tabellen har egna kolumner ({columns}), så exemplet lades inte in där.',
  'tables.blocked.cells':
    '{sheet}: bladet innehåller mer än den tomma tabellen ({range}), så exemplet lades inte in där.',

  'settings.heading': 'Inställningar',
  'settings.intro':
    'Värdena sparas i arbetsbokens Settings-tabell. Lämna ett fält tomt för att använda standardvärdet. Kör igen för att använda nya inställningar.',
  'settings.loading': 'Läser inställningarna …',
  'settings.officeLanguage': 'Office-språket',
  'settings.save': 'Spara inställningar',
  'settings.reload': 'Läs in igen',
  'settings.saved': 'Inställningarna är sparade. Kör igen för att använda dem.',
  'settings.hint.Currency': 'Valutakod som visas med belopp. Standard NOK.',
  'settings.hint.RoundTo': '0,01 för att fördela på öret, eller 1 för hela kronor. Standard 0,01.',
  'settings.hint.DiscountRate': 'För nuvärden, t.ex. 4 %. Standard 4 %.',
  'settings.hint.PlanningYear': 'Året som budgeten gäller. Standard innevarande år.',
  'settings.hint.ContractWarningMonths':
    'Varna för avtal som löper ut inom så många månader. Standard 12.',
  'settings.hint.DisagreementThreshold':
    'Flagga förslag där spridningen i bedömningarna är större än detta. Standard 1,0.',
  'settings.hint.ScoreMax': 'Högsta poäng per kriterium. Standard 5.',
  'settings.hint.Language': 'Språket för resultat och meddelanden i den här arbetsboken.',
  'settings.hint.Sensitivity':
    'Hur mycket varje kriterievikt flyttas när rangordningens stabilitet testas (bästa och sämsta rang). Standard 20 %.',
  'language.nb': 'Norska (bokmål)',
  'language.sv': 'Svenska',
  'language.en': 'Engelska',
  'language.es': 'Spanska',

  'help.heading': 'Om Samkost',
  'help.what':
    'Samkost hjälper kommuner som driver IT tillsammans att planera och fördela kostnaderna: varje fördelning går jämnt ut på öret, varje kommun ser vad den skulle betala med varje rimlig fördelningsnyckel, och IT-rådet får en rangordnad lista över förslag och en finansieringsplan som ryms i budgeten.',
  'help.how':
    'Håll data i Excel-tabeller på bladen nedan och tryck Kör. Samkost hittar varje tabell på dess Excel-tabellnamn, som står inom parentes där det skiljer sig från bladets; bladen får heta vad du vill. Problem visas med sin cell; klicka på ett för att gå dit.',
  'help.inputs': 'Tabeller som Samkost läser',
  'help.outputs': 'Tabeller som Samkost skriver',
  'help.input.Municipalities':
    'medlemmarna: invånare, datorer, budget, egna nycklar (obligatorisk).',
  'help.input.Costs': 'gemensamma kostnadsposter, engångs eller löpande, med fördelningsnyckel.',
  'help.input.Systems': 'applikationerna: systemägare, licenskostnad, avtalets slut.',
  'help.input.Proposals': 'föreslagna åtgärder: kostnader, nyttor, beroenden.',
  'help.input.Criteria': 'bedömningskriterierna och deras vikter.',
  'help.input.Scores': 'varje bedömares poäng per förslag och kriterium.',
  'help.input.Budget': 'investerings- och driftbudgeten per år.',
  'help.input.StandAlone': 'vad en post skulle kosta en kommun ensam.',
  'help.input.Settings': 'valuta, avrundning, diskonteringsränta, planeringsår med mera.',
  'help.input.CoalitionCosts': 'vad en grupp kommuner skulle betala för en post på egen hand.',
  'help.output.Allocation':
    'varje belopp fördelat mellan kommunerna; markera en andel för att se här hur den räknades fram.',
  'help.output.SplitComparison': 'varje kommuns summa med varje fördelningsnyckel.',
  'help.output.PcCharges': 'avgiften per dator och varje kommuns licenskostnader.',
  'help.output.Priorities': 'förslagen rangordnade, med nuvärde och finansieringsplan.',
  'help.output.RiskFlags': 'funna risker, var och en med den cell den gäller.',
  'help.output.Totals': 'varje kommuns summa efter källa.',
  'help.output.ExitAnalysis':
    'vad varje kommun betalar, skulle betala ensam, och vad de andra skulle betala mer om den gick ur.',
  'help.input.CriteriaPairs': 'parvisa bedömningar av kriterierna, som vikterna beräknas från.',
  'help.output.CriteriaWeights':
    'kriterievikterna som används, och hur konsistenta de parvisa bedömningarna är.',
  'help.output.Frontier':
    'den bästa totala poängen budgeten ger från 25 % till 200 % av sin storlek.',
  'help.readme':
    'Den fullständiga beskrivningen av varje tabell, kolumn och beräkning finns i Samkosts README (README.md i Samkost-förrådet).',
};

const es: Record<UiKey, string> = {
  'app.title': 'Samkost',
  'app.loading': 'Cargando …',
  'tab.label': 'Vistas de Samkost',
  'tab.more': 'Más vistas ({count})',
  'tab.run': 'Calcular',
  'tab.tables': 'Tablas',
  'tab.settings': 'Configuración',
  'tab.help': 'Ayuda',
  'action.dismiss': 'Cerrar',
  'cell.select': 'Seleccionar la celda {cell}',

  'error.title': 'Algo salió mal',
  'error.cellEditMode':
    'Excel está editando una celda. Pulse Intro o Esc en la hoja e inténtelo de nuevo.',
  'error.tooLarge':
    'El libro es demasiado grande para enviarlo de una vez. Elimine las filas sin usar e inténtelo de nuevo.',
  'error.accessDenied':
    'Excel no permitió el cambio. Compruebe que el libro y sus hojas no estén protegidos ni sean de solo lectura.',
  'error.notSupported':
    'Esta versión de Excel no tiene una función que Samkost necesita. Use Excel 2019 o posterior, o Excel para la web.',
  'error.itemNotFound':
    'Falta una hoja o tabla que Samkost esperaba. Revise el libro e inténtelo de nuevo.',
  'error.conflict': 'Otra persona cambió el libro al mismo tiempo. Inténtelo de nuevo.',
  'error.read': 'Samkost no pudo leer el libro. No se cambió nada.',
  'error.engine': 'El cálculo falló. No se escribió nada en el libro.',
  'error.write':
    'Samkost no pudo escribir los resultados. El libro quedó como estaba antes del cálculo.',
  'error.select': 'Samkost no pudo seleccionar esa celda.',
  'error.insert': 'Samkost no pudo añadir las tablas. No se cambió nada.',
  'error.settingsRead': 'Samkost no pudo leer la tabla Settings.',
  'error.settingsWrite':
    'Samkost no pudo guardar la configuración. La tabla Settings no se cambió.',
  'error.solver':
    'No se pudo cargar el planificador, así que no se hizo ningún plan de financiación. Vuelva a cargar el complemento e inténtelo de nuevo.',
  'error.worker':
    'El cálculo se detuvo de forma inesperada. No se escribió nada. Vuelva a cargar el complemento e inténtelo de nuevo.',

  'run.heading': 'Calcular',
  'run.intro':
    'Samkost lee las tablas de entrada, reparte cada coste entre los municipios, ordena las propuestas, planifica su financiación y señala los riesgos. Los resultados se escriben en hojas propias; sus datos de entrada nunca se modifican.',
  'run.button': 'Calcular',
  'run.running': 'Calculando…',
  'run.progress': 'Progreso',
  'run.problems':
    'Hay que corregir los datos de entrada antes de que Samkost pueda calcular. Problemas encontrados: {count}. No se escribió nada.',
  'run.done': 'Listo. Hojas escritas ({count}): {sheets}.',
  'run.loadingResults': 'Cargando los resultados…',
  'run.stale':
    'Las hojas {sheets} siguen mostrando los resultados del cálculo anterior: este cálculo no escribió nada.',
  'run.emptyWorkbook':
    'Este libro aún no tiene tablas de entrada. Créelas, rellénelas (o inserte el ejemplo) y vuelva a calcular.',

  'step.read': 'Leyendo las tablas de entrada',
  'step.solver': 'Cargando el planificador',
  'step.parse': 'Comprobando los datos de entrada',
  'step.prioritise': 'Puntuando las propuestas',
  'step.plan': 'Planificando la financiación',
  'step.allocate': 'Repartiendo los costes',
  'step.flags': 'Buscando riesgos',
  'step.outputs': 'Preparando las tablas de resultados',
  'step.write': 'Escribiendo los resultados',

  'problems.table': '{table}: {count}',

  'results.municipalities': 'Lo que paga cada municipio en {year} ({currency})',
  'results.counts':
    'Costes únicos y propuestas de {year}, más los costes anuales, licencias y costes anuales de las propuestas financiadas vigentes en {year}.',
  'results.planningYear':
    '{year} es el año de planificación: estos son los importes que se comparan con el presupuesto TIC de cada municipio.',
  'results.budgetYear': 'Año presupuestario',
  'results.planningYearOption': '{year} (año de planificación)',
  'results.chartTitle':
    'Total por municipio según el origen: costes, licencias de sistemas y propuestas',
  'results.source.cost': 'Costes',
  'results.source.system': 'Licencias de sistemas',
  'results.source.proposal': 'Propuestas',
  'results.municipality': 'Municipio',
  'results.oneOff': 'Único',
  'results.annual': 'Anual',
  'results.total': 'Total',
  'results.oneOffAnnual': 'Único {oneOff} · anual {annual}',
  'results.priorities': 'Propuestas prioritarias',
  'results.priority': '{id} {title}: puntuación {score}.',
  'results.fundedIn': 'Financiada, empieza en {year}.',
  'results.notFunded': 'No financiada.',
  'results.plan': 'Plan de financiación',
  'results.year': 'Año',
  'results.used': 'Inversión usada',
  'results.ofBudget': 'de {budget}',
  'results.proposals': 'Propuestas que empiezan',
  'results.flags': 'Señales de riesgo',
  'severity.high': 'Alta',
  'severity.medium': 'Media',
  'severity.low': 'Baja',

  'tables.createHeading': 'Crear tablas de entrada',
  'tables.createIntro':
    'Añade una hoja por tabla de entrada ({sheets}) con los encabezados y listas desplegables correctos. Las hojas que ya existen se dejan como están.',
  'tables.createButton': 'Crear tablas de entrada',
  'tables.sampleHeading': 'Insertar el ejemplo',
  'tables.sampleIntro':
    'Añade el ejemplo de Knutepunkt Sørlandet: siete municipios con sus costes compartidos, sistemas, propuestas, puntuaciones y presupuesto, listo para calcular. Las tablas de entrada aún vacías se rellenan; las que tienen datos no se tocan.',
  'tables.sampleButton': 'Insertar ejemplo',
  'tables.created': 'Tablas creadas: {tables}.',
  'tables.noneCreated': 'No se creó ninguna tabla.',
  'tables.skipped': 'Ya estaban en el libro y no se cambiaron: {tables}.',
  'tables.blocked.columns':
    '{sheet}: la tabla tiene columnas propias ({columns}), así que el ejemplo no se puso en ella.',
  'tables.blocked.cells':
    '{sheet}: la hoja contiene más que la tabla vacía ({range}), así que el ejemplo no se puso en ella.',

  'settings.heading': 'Configuración',
  'settings.intro':
    'Estos valores se guardan en la tabla Settings del libro. Deje un campo en blanco para usar su valor predeterminado. Vuelva a calcular para usar la nueva configuración.',
  'settings.loading': 'Leyendo la configuración…',
  'settings.officeLanguage': 'El idioma de Office',
  'settings.save': 'Guardar configuración',
  'settings.reload': 'Volver a leer',
  'settings.saved': 'Configuración guardada. Vuelva a calcular para usarla.',
  'settings.hint.Currency': 'Código de moneda que acompaña a los importes. Predeterminado: NOK.',
  'settings.hint.RoundTo':
    '0,01 para repartir al céntimo, o 1 para unidades enteras. Predeterminado: 0,01.',
  'settings.hint.DiscountRate': 'Para el valor actual neto, p. ej. 4 %. Predeterminado: 4 %.',
  'settings.hint.PlanningYear': 'El año del presupuesto. Predeterminado: el año en curso.',
  'settings.hint.ContractWarningMonths':
    'Avisar de los contratos que vencen dentro de estos meses. Predeterminado: 12.',
  'settings.hint.DisagreementThreshold':
    'Señalar las propuestas cuya dispersión de puntuaciones supere este valor. Predeterminado: 1,0.',
  'settings.hint.ScoreMax': 'La puntuación máxima de cada criterio. Predeterminado: 5.',
  'settings.hint.Language': 'El idioma de los resultados y mensajes de este libro.',
  'settings.hint.Sensitivity':
    'Cuánto se mueve cada peso al comprobar la estabilidad de la clasificación (mejor y peor puesto). Predeterminado: 20 %.',
  'language.nb': 'Noruego (bokmål)',
  'language.sv': 'Sueco',
  'language.en': 'Inglés',
  'language.es': 'Español',

  'help.heading': 'Acerca de Samkost',
  'help.what':
    'Samkost ayuda a los municipios que gestionan juntos sus TIC a planificar y repartir el coste: cada reparto cuadra al céntimo, cada municipio ve lo que pagaría con cada clave razonable, y el consejo de TIC obtiene una lista ordenada de propuestas y un plan de financiación que cabe en el presupuesto.',
  'help.how':
    'Mantenga los datos en tablas de Excel en las hojas de abajo y pulse Calcular. Samkost encuentra cada tabla por su nombre de tabla de Excel, que aparece entre paréntesis cuando difiere del de la hoja; las hojas pueden llamarse como quiera. Los problemas se muestran con su celda; haga clic en uno para ir a ella.',
  'help.inputs': 'Tablas que Samkost lee',
  'help.outputs': 'Tablas que Samkost escribe',
  'help.input.Municipalities':
    'los miembros: población, ordenadores, presupuesto, claves propias (obligatoria).',
  'help.input.Costs': 'partidas de coste compartidas, únicas o anuales, con su clave de reparto.',
  'help.input.Systems':
    'la cartera de aplicaciones: propietario, coste de licencia, fin de contrato.',
  'help.input.Proposals': 'las medidas propuestas: costes, beneficios, dependencias.',
  'help.input.Criteria': 'los criterios de puntuación y sus pesos.',
  'help.input.Scores': 'las puntuaciones de cada evaluador por propuesta y criterio.',
  'help.input.Budget': 'el presupuesto de inversión y de operación por año.',
  'help.input.StandAlone': 'lo que una partida costaría a un municipio por sí solo.',
  'help.input.Settings': 'moneda, redondeo, tasa de descuento, año de planificación y más.',
  'help.input.CoalitionCosts':
    'lo que un grupo de municipios pagaría por una partida por su cuenta.',
  'help.output.Allocation':
    'cada importe repartido entre los municipios; seleccione una parte para ver aquí cómo se calculó.',
  'help.output.SplitComparison': 'el total de cada municipio con cada clave.',
  'help.output.PcCharges': 'la tarifa por ordenador y las licencias de cada municipio.',
  'help.output.Priorities': 'las propuestas ordenadas, con VAN y plan de financiación.',
  'help.output.RiskFlags': 'los riesgos encontrados, cada uno con la celda a la que se refiere.',
  'help.output.Totals': 'el total de cada municipio según el origen.',
  'help.output.ExitAnalysis':
    'lo que paga cada municipio, lo que pagaría en solitario y cuánto más pagarían los demás si saliera.',
  'help.input.CriteriaPairs':
    'juicios por pares de los criterios, de los que se derivan sus pesos.',
  'help.output.CriteriaWeights':
    'los pesos de los criterios usados y la consistencia de los juicios por pares.',
  'help.output.Frontier':
    'la mejor puntuación total que compra el presupuesto del 25 % al 200 % de su tamaño.',
  'help.readme':
    'La descripción completa de cada tabla, columna y cálculo está en el README de Samkost (README.md en el repositorio de Samkost).',
};

/** The task pane's strings; the compiler checks that every language has every key. */
export const UI_TEXT: Catalogue<UiKey> = { en, nb, sv, es };

/** Look up a string in the pane's language and fill its `{placeholders}`. */
export type Translate = (key: UiKey, params?: Readonly<Record<string, string | number>>) => string;

/** The translator for one language. */
export function uiText(language: Language): Translate {
  const strings = UI_TEXT[language];
  return (key, params) => fill(strings[key], params ?? {});
}
