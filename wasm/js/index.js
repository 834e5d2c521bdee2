"use strict";
// Bureau for Node, CommonJS: the ES module entry (node.mjs) loaded with require(), which
// Node 20.19 and later do synchronously. Every call is synchronous.
module.exports = require("./node.mjs").default;
