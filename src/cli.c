#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "lint.h"
#include "registry.h"

enum {
  OPTION_SELECT = 256,
  OPTION_IGNORE,
  OPTION_EXCLUDE,
  OPTION_EXTEND_EXCLUDE,
  OPTION_RESPECT_GITIGNORE,
  OPTION_NO_RESPECT_GITIGNORE,
  OPTION_OUTPUT_FORMAT,
  OPTION_COLOR,
  OPTION_EXIT_ZERO,
  OPTION_STDIN_FILENAME,
  OPTION_TARGET_VERSION,
  OPTION_LIST_RULES,
  OPTION_EXPLAIN,
  OPTION_VERSION,
  OPTION_SHOW_FILES,
  OPTION_OUTPUT_FILE,
  OPTION_FORCE_EXCLUDE,
  OPTION_CONFIG,
  OPTION_ISOLATED,
  OPTION_SHOW_SETTINGS,
  OPTION_STATISTICS,
  OPTION_SHOW_SUPPRESSED,
  OPTION_NO_PREFILTER,
  OPTION_NO_INDEX,
  OPTION_STOP_AFTER,
};

void cli_print_help(FILE *stream) {
  fputs(
      "Usage: looplint [OPTIONS] [PATH...]\n"
      "\n"
      "Finds asyncio event-loop hazards in Python code, without running it.\n"
      "Directories are searched recursively for *.py and *.pyi files; files named on the command\n"
      "line are always linted, whatever their name. PATH defaults to the current directory; `-`\n"
      "reads the source from standard input.\n"
      "\n"
      ,
      stream);
  fputs(
      "Configuration:\n"
      "  --config PATH            Use this configuration file (a pyproject.toml with\n"
      "                           [tool.looplint], or a looplint.toml) for every path.\n"
      "  --isolated               Ignore every configuration file.\n"
      "  --show-settings          Print the settings that apply to the first PATH, and exit.\n"
      "  Without them, each file uses the nearest .looplint.toml, looplint.toml or\n"
      "  pyproject.toml with [tool.looplint] above it (docs/configuration.md); the command\n"
      "  line overrides the file.\n"
      "\n"
      ,
      stream);
  fputs(
      "Rule selection:\n"
      "  --select CODES           Enable only these rules: codes or prefixes, comma-separated\n"
      "                           (LOOP201, LOOP2, LOOP, ALL). Repeatable. Default: all rules.\n"
      "  --ignore CODES           Disable these rules (codes or prefixes). Repeatable. The most\n"
      "                           specific selector wins; on a tie --ignore wins.\n"
      "  --target-version VER     Python version the messages are written for: py38 ... py314\n"
      "                           (default: the configuration's, else the lower bound of\n"
      "                           requires-python, else py39). Changes wording and severity,\n"
      "                           never whether a hazard is reported.\n"
      "\n"
      ,
      stream);
  fputs(
      "File selection:\n"
      "  --exclude GLOBS          Replace the default excludes (comma-separated globs). A glob\n"
      "                           without '/' matches a file or directory name; one with '/'\n"
      "                           matches the path as shown or the absolute path.\n"
      "  --extend-exclude GLOBS   Add to the excludes. Repeatable.\n"
      "  --respect-gitignore      Skip files ignored by git (.gitignore, .git/info/exclude and\n"
      "  --no-respect-gitignore   core.excludesFile) inside a git work tree. Default: respect.\n"
      "  --force-exclude          Apply the excludes (and .gitignore) to paths named on the\n"
      "                           command line too, as pre-commit hooks need.\n"
      "  --stdin-filename PATH    The path to show for source read from standard input.\n"
      "\n"
      "Default excludes: .bzr .direnv .eggs .git .git-rewrite .hg .ipynb_checkpoints .mypy_cache\n"
      "  .nox .pants.d .pyenv .pytest_cache .pytype .ruff_cache .svn .tox .venv .vscode\n"
      "  __pycache__ __pypackages__ _build buck-out build dist node_modules site-packages venv\n"
      "  (directories only found while walking; paths named on the command line are not excluded).\n"
      "\n"
      ,
      stream);
  fputs(
      "Output:\n"
      "  --output-format FORMAT   full (default: message, source line and underline), concise\n"
      "                           (one line per diagnostic), json (docs/json-output.md),\n"
      "                           json-lines, sarif (SARIF 2.1.0), github (workflow commands),\n"
      "                           gitlab (Code Quality). See docs/ci.md.\n"
      "  --output-file PATH       Write the report to PATH instead of standard output.\n"
      "  --color WHEN             auto (default: only on a terminal, and not when NO_COLOR is\n"
      "                           set), always, never.\n"
      "  -q, --quiet              Do not print the summary line.\n"
      "  --statistics             Print how many diagnostics each rule reported, not the\n"
      "                           diagnostics.\n"
      "  --show-suppressed        Also show the diagnostics that `# noqa` comments suppress,\n"
      "                           marked as suppressed (they do not change the exit status).\n"
      "  --exit-zero              Exit 0 even when there are findings (errors still exit 2).\n"
      "  -j, --jobs N             Lint with N threads (default: one per CPU). The output is the\n"
      "                           same for any N.\n"
      "\n"
      ,
      stream);
  fputs(
      "Information:\n"
      "  --list-rules             List every rule: code, name, default severity, summary.\n"
      "  --explain CODE           Print a rule's documentation.\n"
      "  --show-files             Print the files that would be linted, one per line, and exit.\n"
      "  -V, --version            Print the version.\n"
      "  -h, --help               Print this help.\n"
      "\n"
      ,
      stream);
  fputs(
      "Analysis:\n"
      "  --no-index               Analyse each file on its own. By default the files of a run are\n"
      "                           analysed together: calls and constructions resolve across\n"
      "                           modules (`from pkg.server import main`, re-exports), and a\n"
      "                           function's callers in other files count. Lint the whole\n"
      "                           repository for full precision (docs/architecture.md).\n"
      "\n"
      "Performance:\n"
      "  --no-prefilter           Parse every file. By default a file that contains none of the\n"
      "                           words the enabled rules need (asyncio, uvloop, trio, anyio,\n"
      "                           aiohttp, asyncpg, loop-bound modules, run_until_complete, ...)\n"
      "                           is read and checked but not parsed: it cannot produce a report.\n"
      "  --stop-after STAGE       For benchmarks: take each file only through read (read and\n"
      "                           validate), scan (also the prefilter) or parse, and report\n"
      "                           nothing; without the repository index. See bench/ and\n"
      "                           docs/performance.md.\n"
      "\n"
      ,
      stream);
  fputs(
      "Exit status:\n"
      "  0  no findings\n"
      "  1  findings\n"
      "  2  usage error, a file that could not be read (unreadable, binary, not UTF-8), or an\n"
      "     internal error; the files that can be read are still linted and reported.\n"
      "     A syntax error is a finding (LOOP001): exit 1.\n",
      stream);
}

static void cli_push(Arena *arena, StringList *list, const char *value) {
  ARENA_PUSH(arena, list->items, list->count, list->capacity) = value;
}

/* Splits a comma-separated value, dropping empty items and surrounding spaces. */
static void cli_push_split(Arena *arena, StringList *list, const char *value) {
  const char *start = value;
  for (;;) {
    const char *end = strchr(start, ',');
    size_t length = end ? (size_t)(end - start) : strlen(start);
    const char *first = start, *last = start + length;
    while (first < last && (*first == ' ' || *first == '\t')) first++;
    while (last > first && (last[-1] == ' ' || last[-1] == '\t')) last--;
    if (last > first) cli_push(arena, list, arena_strndup(arena, first, (size_t)(last - first)));
    if (!end) break;
    start = end + 1;
  }
}

bool cli_parse(int argc, char **argv, Arena *arena, Options *options, const char **error) {
  static const struct option long_options[] = {
      {"select", required_argument, NULL, OPTION_SELECT},
      {"ignore", required_argument, NULL, OPTION_IGNORE},
      {"exclude", required_argument, NULL, OPTION_EXCLUDE},
      {"extend-exclude", required_argument, NULL, OPTION_EXTEND_EXCLUDE},
      {"respect-gitignore", no_argument, NULL, OPTION_RESPECT_GITIGNORE},
      {"no-respect-gitignore", no_argument, NULL, OPTION_NO_RESPECT_GITIGNORE},
      {"output-format", required_argument, NULL, OPTION_OUTPUT_FORMAT},
      {"output-file", required_argument, NULL, OPTION_OUTPUT_FILE},
      {"force-exclude", no_argument, NULL, OPTION_FORCE_EXCLUDE},
      {"config", required_argument, NULL, OPTION_CONFIG},
      {"isolated", no_argument, NULL, OPTION_ISOLATED},
      {"show-settings", no_argument, NULL, OPTION_SHOW_SETTINGS},
      {"statistics", no_argument, NULL, OPTION_STATISTICS},
      {"show-suppressed", no_argument, NULL, OPTION_SHOW_SUPPRESSED},
      {"no-prefilter", no_argument, NULL, OPTION_NO_PREFILTER},
      {"no-index", no_argument, NULL, OPTION_NO_INDEX},
      {"stop-after", required_argument, NULL, OPTION_STOP_AFTER},
      {"color", required_argument, NULL, OPTION_COLOR},
      {"exit-zero", no_argument, NULL, OPTION_EXIT_ZERO},
      {"stdin-filename", required_argument, NULL, OPTION_STDIN_FILENAME},
      {"target-version", required_argument, NULL, OPTION_TARGET_VERSION},
      {"jobs", required_argument, NULL, 'j'},
      {"quiet", no_argument, NULL, 'q'},
      {"list-rules", no_argument, NULL, OPTION_LIST_RULES},
      {"explain", required_argument, NULL, OPTION_EXPLAIN},
      {"show-files", no_argument, NULL, OPTION_SHOW_FILES},
      {"version", no_argument, NULL, 'V'},
      {"help", no_argument, NULL, 'h'},
      {NULL, 0, NULL, 0},
  };
  memset(options, 0, sizeof *options);
  options->action = CLI_ACTION_LINT;
  options->respect_gitignore = true;
  options->format = OUTPUT_FULL;
  options->color = COLOR_AUTO;
  options->target_minor = LINT_DEFAULT_TARGET_MINOR;

  optind = 0; /* reset getopt, so tests can parse several command lines */
  opterr = 0;
  for (;;) {
    int index = 0;
    int option = getopt_long(argc, argv, ":j:qVh", long_options, &index);
    if (option == -1) break;
    switch (option) {
      case OPTION_SELECT: cli_push_split(arena, &options->select, optarg); break;
      case OPTION_IGNORE: cli_push_split(arena, &options->ignore, optarg); break;
      case OPTION_EXCLUDE:
        options->exclude_given = true;
        cli_push_split(arena, &options->exclude, optarg);
        break;
      case OPTION_EXTEND_EXCLUDE: cli_push_split(arena, &options->extend_exclude, optarg); break;
      case OPTION_RESPECT_GITIGNORE:
        options->respect_gitignore = true;
        options->respect_gitignore_given = true;
        break;
      case OPTION_NO_RESPECT_GITIGNORE:
        options->respect_gitignore = false;
        options->respect_gitignore_given = true;
        break;
      case OPTION_OUTPUT_FORMAT:
        options->format_given = true;
        if (!output_format_parse(optarg, &options->format)) {
          *error = arena_sprintf(arena, "invalid --output-format '%s' (expected one of: %s)", optarg, OUTPUT_FORMAT_NAMES);
          return false;
        }
        break;
      case OPTION_OUTPUT_FILE: options->output_file = optarg; break;
      case OPTION_CONFIG: options->config_path = optarg; break;
      case OPTION_ISOLATED: options->isolated = true; break;
      case OPTION_SHOW_SETTINGS: options->action = CLI_ACTION_SHOW_SETTINGS; break;
      case OPTION_STATISTICS: options->statistics = true; break;
      case OPTION_SHOW_SUPPRESSED: options->show_suppressed = true; break;
      case OPTION_NO_PREFILTER: options->no_prefilter = true; break;
      case OPTION_NO_INDEX: options->no_index = true; break;
      case OPTION_STOP_AFTER:
        if (strcmp(optarg, "read") == 0) options->stop_after = LINT_DEPTH_READ;
        else if (strcmp(optarg, "scan") == 0) options->stop_after = LINT_DEPTH_SCAN;
        else if (strcmp(optarg, "parse") == 0) options->stop_after = LINT_DEPTH_PARSE;
        else {
          *error = arena_sprintf(arena, "invalid --stop-after '%s' (expected read, scan or parse)", optarg);
          return false;
        }
        break;
      case OPTION_FORCE_EXCLUDE: options->force_exclude = true; break;
      case OPTION_COLOR:
        if (strcmp(optarg, "auto") == 0) options->color = COLOR_AUTO;
        else if (strcmp(optarg, "always") == 0) options->color = COLOR_ALWAYS;
        else if (strcmp(optarg, "never") == 0) options->color = COLOR_NEVER;
        else {
          *error = arena_sprintf(arena, "invalid --color '%s' (expected auto, always or never)", optarg);
          return false;
        }
        break;
      case OPTION_EXIT_ZERO: options->exit_zero = true; break;
      case OPTION_STDIN_FILENAME: options->stdin_filename = optarg; break;
      case OPTION_TARGET_VERSION:
        options->target_given = true;
        if (!lint_parse_target_version(optarg, &options->target_minor)) {
          *error = arena_sprintf(arena, "invalid --target-version '%s' (expected py38 ... py314)", optarg);
          return false;
        }
        break;
      case 'j': {
        char *end;
        long jobs = strtol(optarg, &end, 10);
        if (*end || end == optarg || jobs < 1 || jobs > 1024) {
          *error = arena_sprintf(arena, "invalid --jobs '%s' (expected a number from 1 to 1024)", optarg);
          return false;
        }
        options->jobs = (unsigned)jobs;
        break;
      }
      case 'q': options->quiet = true; break;
      case OPTION_LIST_RULES: options->action = CLI_ACTION_LIST_RULES; break;
      case OPTION_EXPLAIN:
        options->action = CLI_ACTION_EXPLAIN;
        options->explain_code = optarg;
        break;
      case OPTION_SHOW_FILES: options->action = CLI_ACTION_SHOW_FILES; break;
      case 'V': options->action = CLI_ACTION_VERSION; break;
      case 'h': options->action = CLI_ACTION_HELP; break;
      case ':':
        *error = arena_sprintf(arena, "option '%s' needs a value", argv[optind - 1]);
        return false;
      default:
        /* For an unknown short option inside a group (-xq), optopt names it; argv does not. */
        if (optopt) *error = arena_sprintf(arena, "unknown option '-%c' (see looplint --help)", optopt);
        else *error = arena_sprintf(arena, "unknown option '%s' (see looplint --help)", argv[optind - 1]);
        return false;
    }
  }
  for (int i = optind; i < argc; i++) cli_push(arena, &options->paths, argv[i]);
  if (options->paths.count == 0) cli_push(arena, &options->paths, ".");

  const StringList *selectors[] = {&options->select, &options->ignore};
  for (int list = 0; list < 2; list++) {
    for (uint32_t i = 0; i < selectors[list]->count; i++) {
      if (!registry_selector_valid(selectors[list]->items[i])) {
        *error = arena_sprintf(arena, "unknown rule selector '%s' in --%s (see looplint --list-rules)",
                               selectors[list]->items[i], list == 0 ? "select" : "ignore");
        return false;
      }
    }
  }
  uint32_t stdin_count = 0;
  for (uint32_t i = 0; i < options->paths.count; i++) stdin_count += strcmp(options->paths.items[i], "-") == 0;
  if (options->config_path && options->isolated) {
    *error = "--config and --isolated cannot be used together";
    return false;
  }
  if (stdin_count > 1) {
    *error = "standard input ('-') can be given only once";
    return false;
  }
  return true;
}
