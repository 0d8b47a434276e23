/**
 * The command line's own words (help, usage errors, init) in Danish by default, English with
 * `--lang en` or `RNSOCIAL_LANG=en`. The language is read from argv and the environment before
 * commander parses, so its help and errors can be in it too. main.ts writes its descriptions in
 * English; `localize` puts the Danish ones in their place (a description with no Danish entry
 * here stays English).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command, Help } from 'commander';
import type { Lang } from '../core/lang.js';
import { didYouMean } from '../core/suggest.js';
import { terminalText } from '../core/terminal-text.js';

/** `--lang en`, `--lang=en` or RNSOCIAL_LANG=en: English; anything else: Danish. */
export function uiLang(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') return argv[i + 1] === 'en' ? 'en' : 'da';
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length) === 'en' ? 'en' : 'da';
  }
  return env.RNSOCIAL_LANG === 'en' ? 'en' : 'da';
}

const TITLES: Record<string, string> = { 'Usage:': 'Brug:', 'Options:': 'Tilvalg:', 'Commands:': 'Kommandoer:', 'Arguments:': 'Argumenter:' };

/** English description → Danish. */
const DANISH: Record<string, string> = {
  "Lint social-media drafts against Region Nordjylland's social media strategy.": 'Tjek udkast til opslag på sociale medier mod Region Nordjyllands strategi for sociale medier.',
  'output the version number': 'vis versionsnummeret',
  'display help for command': 'vis hjælp til kommandoen',
  'lint drafts (files, folders or globs; default: the current folder)': 'tjek udkast (filer, mapper eller globs; standard: den aktuelle mappe)',
  'files, folders or globs': 'filer, mapper eller globs',
  'lint as this platform (facebook, linkedin, twitter/x, instagram); repeatable': 'tjek som denne platform (facebook, linkedin, twitter/x, instagram); kan gentages',
  'output format: stylish, json, sarif, github, junit, gitlab, checkstyle or html': 'rapportformat: stylish, json, sarif, github, junit, gitlab, checkstyle eller html',
  'write the report to a file instead of standard output': 'skriv rapporten til en fil i stedet for standard output (mappen oprettes)',
  'exit 1 when there are more warnings than this': 'afslut med 1, når der er flere advarsler end dette',
  'report errors only': 'vis kun fejl',
  'apply safe fixes to the files (with --stdin: print the fixed text, the report on stderr)': 'ret det, der sikkert kan rettes, i filerne (med --stdin: skriv den rettede tekst, rapporten på stderr)',
  'show what --fix would change as a diff, without writing (in JSON: "output")': 'vis som diff, hvad --fix ville ændre, uden at skrive (i JSON: "output")',
  'skip files matching this glob (gitignore style, relative to the current folder); repeatable': 'spring filer over, der passer på denne glob (som i .gitignore, i forhold til den aktuelle mappe); kan gentages',
  'lint every draft found: no ignores, ignore files or --ignore-pattern, and README.md, CHANGELOG.md … too': 'tjek alle fundne udkast: ingen ignores, ignore-filer eller --ignore-pattern, og README.md, CHANGELOG.md … med',
  'a folder or glob without drafts is not an error': 'en mappe eller glob uden udkast er ikke en fejl',
  'lint standard input': 'tjek standard input',
  'the file name standard input stands for (platform, config overrides)': 'det filnavn, standard input står for (platform, overrides i konfigurationen)',
  "set a rule's severity, e.g. tone/officialese:off; repeatable": 'sæt en regels alvor, fx tone/officialese:off; kan gentages',
  'message language: da (default) or en': 'sprog: da (standard) eller en',
  'da (default) or en': 'da (standard) eller en',
  'use this config file': 'brug denne konfigurationsfil',
  'ignore config files; use the built-in defaults': 'se bort fra konfigurationsfiler; brug de indbyggede standarder',
  'ignore disable comments in drafts: every message stands': 'se bort fra disable-kommentarer i udkast: alle beskeder står',
  'report disable comments that switch nothing off: off, warn (default) or error (the flag alone)': 'vis disable-kommentarer, der ikke slår noget fra: off, warn (standard) eller error (flaget alene)',
  'no colours': 'ingen farver',
  'only lint drafts that changed since the last run (results kept in .rnsocialcache)': 'tjek kun udkast, der er ændret siden sidst (resultater gemmes i .rnsocialcache)',
  'the cache file, or a folder for it (default: .rnsocialcache in the current folder)': 'cache-filen eller en mappe til den (standard: .rnsocialcache i den aktuelle mappe)',
  'only drafts changed since this git ref, and only problems on changed lines (file-level draft/* problems always)': 'kun udkast, der er ændret siden denne git-ref, og kun problemer i ændrede linjer (draft/*-problemer for hele udkastet altid)',
  'suppress the problems this baseline file holds: only new problems fail': 'undertryk de problemer, denne baseline-fil indeholder: kun nye problemer fejler',
  'write the problems found to the baseline file (--baseline, default .rnsocial-baseline.json)': 'skriv de fundne problemer i baseline-filen (--baseline, standard .rnsocial-baseline.json)',
  'worker threads: a number, auto (one per core from 50 files on) or off (default)': 'tråde: et tal, auto (én pr. kerne fra 50 filer) eller off (standard)',
  'print timings and stack traces': 'vis tidsforbrug og stakspor',
  'print the config that applies to this file (JSON) instead of linting': 'vis den konfiguration, der gælder for denne fil (JSON), i stedet for at tjekke',
  'list the rules with their severity per platform': 'vis reglerne med deres alvor pr. platform',
  'only this platform': 'kun denne platform',
  'table (default) or json': 'table (standard) eller json',
  'add the category and the strategy source': 'vis også kilden i strategien',
  'what a rule flags, why, the strategy passage, a bad and a good example': 'hvad en regel finder, hvorfor, afsnittet i strategien, et dårligt og et godt eksempel',
  'e.g. tone/officialese': 'fx tone/officialese',
  'write a starter .rnsocialrc.json in the current folder (never overwrites)': 'skriv en start-.rnsocialrc.json i den aktuelle mappe (overskriver aldrig)',
  'show a draft as each of its platforms shows it: the fold, thread parts, media, publish time, counters, then its problems': 'vis et udkast, som hver af dets platforme viser det: folden, trådens dele, billeder, udgivelsestid, tællere og derefter problemerne',
  'a draft (.md)': 'et udkast (.md)',
  'start the language server for editors (VS Code, Neovim …); the editor starts it': 'start sprogserveren til editorer (VS Code, Neovim …); editoren starter den',
  'talk over standard input and output (the default)': 'tal via standard input og output (standard)',
  "talk over Node's IPC channel": 'tal via Nodes IPC-kanal',
  'the config that applies to a file, as JSON: config file, platforms, every rule\'s severity and options': 'den konfiguration, der gælder for en fil, som JSON: konfigurationsfil, platforme, hver regels alvor og indstillinger',
  'a draft (it need not exist yet)': 'et udkast (det behøver ikke findes endnu)',
  'display help for a command': 'vis hjælp til en kommando',
};

/** Danish help: titles, command, argument and option descriptions; RNSOCIAL_LANG as every --lang's default. */
export function localize(program: Command, lang: Lang): void {
  for (const command of [program, ...program.commands]) {
    for (const option of command.options) {
      if (option.long !== '--lang' || option.envVar) continue;
      // commander listens for an option's environment variable only when it is set before the option is added.
      option.env('RNSOCIAL_LANG');
      command.on('optionEnv:lang', (value: string) => command.setOptionValueWithSource('lang', value, 'env'));
    }
    if (lang !== 'da') continue;
    command.description(DANISH[command.description()] ?? command.description());
    for (const option of command.options) option.description = DANISH[option.description] ?? option.description;
    for (const argument of command.registeredArguments) argument.description = DANISH[argument.description] ?? argument.description;
  }
  // Subcommands copied the help settings when they were made: configure each.
  if (lang === 'da') for (const command of [program, ...program.commands]) {
    command.configureHelp({
      styleTitle: (title: string) => TITLES[title] ?? title,
      // The help and version options are added late: their descriptions are translated as they are shown.
      optionDescription(this: Help, option) {
        const text = Object.getPrototypeOf(this).optionDescription.call(this, option) as string;
        return text.replace(/^(display help for command|output the version number)/, (m) => DANISH[m]!).replace(/\(default: /, '(standard: ');
      },
      subcommandDescription(this: Help, command) {
        const text = Object.getPrototypeOf(this).subcommandDescription.call(this, command) as string;
        return DANISH[text] ?? text;
      },
      // "Brug: rnsocial lint [tilvalg] [paths...]": commander's own placeholders in Danish too.
      commandUsage(this: Help, command) {
        return danishPlaceholders(Object.getPrototypeOf(this).commandUsage.call(this, command) as string);
      },
      subcommandTerm(this: Help, command) {
        return danishPlaceholders(Object.getPrototypeOf(this).subcommandTerm.call(this, command) as string);
      },
    } as Partial<Help>);
  }
}

function danishPlaceholders(text: string): string {
  return text.replace(/\[options\]/g, '[tilvalg]').replace(/\[command\]/g, '[kommando]');
}

/** The Examples heading main.ts adds to `lint --help`. */
export function localizeHelpText(text: string, lang: Lang): string {
  return lang === 'da' ? text.replace(/^Examples:$/m, 'Eksempler:') : text;
}

/** A commander error ("error: unknown option '--formt'\n(Did you mean --format?)") as one `rnsocial:` line. */
export function usageLine(text: string, lang: Lang): string {
  let message = text.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').trim();
  if (lang === 'da') {
    message = message
      .replace(/\(Did you mean (.+)\?\)/, '(mente du $1?)')
      .replace(/^unknown option '(.+?)'/, "ukendt tilvalg '$1'")
      .replace(/^unknown command '(.+?)'/, "ukendt kommando '$1'")
      .replace(/^missing required argument '(.+?)'/, "mangler argumentet '$1'")
      .replace(/^option '(.+?)' argument missing/, "tilvalget '$1' mangler en værdi")
      .replace(/^option '(.+?)' argument '(.*?)' is invalid\. (.*)$/, "tilvalget '$1': værdien '$2' duer ikke: $3")
      .replace(/expected a whole number$/, 'ventede et helt tal')
      .replace(/^too many arguments for '(.+?)'\. Expected (\d+) arguments? but got (\d+)\.$/, "for mange argumenter til '$1': ventede $2, fik $3")
      .replace(/^too many arguments\. Expected (\d+) arguments? but got (\d+)\.$/, 'for mange argumenter: ventede $1, fik $2');
  }
  return `rnsocial: ${terminalText(message)}; ${lang === 'da' ? 'se' : 'see'} --help\n`;
}

/**
 * `lint` is the default command, so `rnsocial lnit` would lint a path "lnit". A first argument
 * that is not an option, not a path that exists, not a glob and is close to a command name is a
 * misspelt command: say so, in one line.
 */
export function misspeltCommand(argv: readonly string[], cwd: string, commands: readonly string[], lang: Lang): string | undefined {
  const first = argv[0];
  if (first === undefined || first.startsWith('-') || commands.includes(first) || /[*?[\]{}/\\.]/.test(first)) return undefined;
  if (existsSync(path.resolve(cwd, first))) return undefined;
  const suggestion = didYouMean(first, commands);
  if (!suggestion) return undefined;
  const shown = terminalText(first);
  return lang === 'da'
    ? `rnsocial: ukendt kommando '${shown}' (mente du ${suggestion}?); se --help\n`
    : `rnsocial: unknown command '${shown}' (did you mean ${suggestion}?); see --help\n`;
}

export const INIT_TEXT = {
  da: {
    exists: (name: string) => `${name} findes allerede; rnsocial init overskriver aldrig en konfiguration`,
    wrote: (file: string) => `rnsocial: skrev ${file}\n`,
  },
  en: {
    exists: (name: string) => `${name} already exists; rnsocial init never overwrites a config`,
    wrote: (file: string) => `rnsocial: wrote ${file}\n`,
  },
};
