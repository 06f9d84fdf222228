//! `object`: instances of plain user classes carry no payload, only their attribute area.
use crate::heap::{Kind, Payload};

pub struct ObjectData;

impl Payload for ObjectData {
    const KIND: Kind = Kind::Object;
}
