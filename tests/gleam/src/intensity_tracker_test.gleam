import gleam/otp/intensity_tracker
import test_helpers.{show}

pub fn main() {
  show("trim_window", [
    intensity_tracker.trim_window([], 10, 5),
    intensity_tracker.trim_window([10, 8, 4, 1], 10, 5),
    intensity_tracker.trim_window([4, 3, 9, 1], 10, 5),
    intensity_tracker.trim_window([10, 9], 10, 0),
  ])
  let tracker = intensity_tracker.new(limit: 2, period: 5)
  let assert Ok(tracker) = intensity_tracker.add_event(tracker)
  let assert Ok(tracker) = intensity_tracker.add_event(tracker)
  show("add_event", case intensity_tracker.add_event(tracker) {
    Ok(_) -> "ok"
    Error(intensity_tracker.TooIntense) -> "too intense"
  })
  let zero = intensity_tracker.new(limit: 0, period: 5)
  show("limit 0", case intensity_tracker.add_event(zero) {
    Ok(_) -> "ok"
    Error(e) -> "error " <> case e {
      intensity_tracker.TooIntense -> "TooIntense"
    }
  })
  let instant = intensity_tracker.new(limit: 1, period: 0)
  show("period 0", case intensity_tracker.add_event(instant) {
    Ok(_) -> "ok"
    Error(_) -> "too intense"
  })
}
