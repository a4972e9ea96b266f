# Imports the module but calls nothing of it: read or not, nothing to report.
import tasks.runners

HELPERS = "start_01 start_02 Pool drain"
