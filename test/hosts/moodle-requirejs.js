// What a Moodle page has in its global scope before any plugin script runs, for moodle.html:
// RequireJS (window.require / requirejs / define with define.amd), jQuery as $ and jQuery, YUI's
// Y, and M.util. These are stand-ins with the same shapes, written to catch the traps:
//
// - An anonymous `define(factory)` outside RequireJS's own loading is what a UMD bundle does when
//   it sees `define.amd`. Real RequireJS then throws "Mismatched anonymous define() module"; so
//   does this one, and it records the call in window.__amdDefines, so the test can prove our ES
//   module never calls it.
// - jQuery's document-level handlers (Bootstrap's data-api) see every event that bubbles out of a
//   shadow root, retargeted to the widget: __jqueryEvents records them, and a delegated handler
//   calls preventDefault on clicks of [data-toggle] like Bootstrap 4 does.
(function () {
  'use strict';
  var amdDefines = [];
  window.__amdDefines = amdDefines;
  var modules = {};

  function define(name, deps, factory) {
    if (typeof name !== 'string') {
      amdDefines.push({ anonymous: true, stack: String(new Error().stack) });
      throw new Error('Mismatched anonymous define() module: ' + String(name).slice(0, 80) + '\nhttps://requirejs.org/docs/errors.html#mismatch');
    }
    if (typeof deps === 'function') {
      factory = deps;
      deps = [];
    }
    amdDefines.push({ name: name });
    modules[name] = { deps: deps || [], factory: factory };
  }
  define.amd = { jQuery: true };

  function require(deps, callback) {
    var list = typeof deps === 'string' ? [deps] : deps;
    var resolved = list.map(function (name) {
      var mod = modules[name];
      if (!mod) return undefined;
      if (!('value' in mod)) mod.value = typeof mod.factory === 'function' ? mod.factory() : mod.factory;
      return mod.value;
    });
    if (typeof callback === 'function') setTimeout(function () { callback.apply(null, resolved); }, 0);
    return resolved[0];
  }
  require.config = function () {};

  window.define = define;
  window.require = require;
  window.requirejs = require;

  // jQuery, as far as a page-wide event handler goes.
  var jqueryEvents = [];
  window.__jqueryEvents = jqueryEvents;
  function jQuery(selector) {
    return { selector: selector, length: 0, on: function () { return this; }, ready: function (fn) { document.addEventListener('DOMContentLoaded', fn); return this; } };
  }
  jQuery.fn = { jquery: '3.7.1' };
  window.jQuery = window.$ = jQuery;
  define('jquery', [], function () { return jQuery; });
  ['click', 'input', 'change', 'keydown', 'focusin'].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var target = event.target;
      jqueryEvents.push(type + ':' + (target && target.localName));
      if (type === 'click' && target && target.closest && target.closest('[data-toggle]')) event.preventDefault();
    });
  });

  window.Y = { use: function () {}, one: function () { return null; }, version: '3.18.1' };
  window.M = window.M || {};
  window.M.util = {
    js_pending: function () {},
    js_complete: function () {},
    get_string: function (id) { return '[[' + id + ']]'; },
  };
})();
