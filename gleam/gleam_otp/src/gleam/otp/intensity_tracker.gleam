//// Counts recent events to decide when restarts happen too often.
////
//// Behaviour note: like gleam_otp 0.7.0, `trim_window` keeps the leading
//// events for which `now >= event + period`, stopping at the first one that
//// does not satisfy that.

import gleam/list

pub opaque type IntensityTracker {
  IntensityTracker(limit: Int, period: Int, events: List(Int))
}

pub type TooIntense {
  TooIntense
}

pub fn new(limit limit: Int, period period: Int) -> IntensityTracker {
  IntensityTracker(limit: limit, period: period, events: [])
}

@external(erlang, "erlang", "monotonic_time")
fn monotonic_time(unit: Int) -> Int

fn now_seconds() -> Int {
  monotonic_time(1)
}

pub fn trim_window(events: List(Int), now: Int, period: Int) -> List(Int) {
  case events {
    [] -> []
    [event, ..rest] ->
      case now >= event + period {
        True -> [event, ..trim_window(rest, now, period)]
        False -> []
      }
  }
}

pub fn add_event(
  tracker: IntensityTracker,
) -> Result(IntensityTracker, TooIntense) {
  let now = now_seconds()
  let events = trim_window([now, ..tracker.events], now, tracker.period)
  case list.length(events) >= tracker.limit {
    True -> Error(TooIntense)
    False -> Ok(IntensityTracker(..tracker, events: events))
  }
}
