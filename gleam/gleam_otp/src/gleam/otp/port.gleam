//// Erlang ports.

/// A reference to an Erlang port.
pub type Port
