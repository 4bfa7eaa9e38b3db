#!/usr/bin/env node
// CommonJS (bin/package.json): Node then starts without its ES module loader.
require('../dist/main.js');
