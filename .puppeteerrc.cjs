// Never download a browser: eviden uses Debian's chromium (see scripts/setup-system.sh).
module.exports = { skipDownload: true };
