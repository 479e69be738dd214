// Emscripten JavaScript library of the browser build (cmake/Wasm.cmake):
// how main() leaves. native/main.cc ends with _Exit(status) on its pthread
// (PROXY_TO_PTHREAD). Emscripten 3.1.6 proxies proc_exit synchronously to
// the main runtime thread (beamline_host.js), which terminates every worker
// of the run there; the calling thread then returns into C code that is
// unreachable after _Exit and traps ("RuntimeError: unreachable" in the
// console) before its worker is gone. Here a pthread instead hands the exit
// to the main runtime thread asynchronously and unwinds its own stack
// ('unwind' is what Emscripten's worker treats as a thread leaving quietly).
mergeInto(LibraryManager.library, {
  beamline_web_exit__proxy: 'async',
  beamline_web_exit__sig: 'vi',
  beamline_web_exit: function(code) {
    procExit(code);
  },

  proc_exit__deps: ['beamline_web_exit'],
  proc_exit__proxy: false,  // replaces the default (sync): see above
  proc_exit__sig: 'vi',
  proc_exit: function(code) {
    if (ENVIRONMENT_IS_PTHREAD) {
      _beamline_web_exit(code);
      throw 'unwind';
    }
    procExit(code);
  },
});
