//! Learning: courses, lessons, interactive video, question bank and assessment engine.

pub mod adaptive;
pub mod engine;
pub mod gift;
pub mod interop;
pub mod moodlexml;
pub mod question;
