//! A small JSON writer for the exported document: any `Serialize` value as pretty-printed JSON
//! text, byte for byte what `serde_json::to_string_pretty` writes (two-space indent), which a
//! test checks on every kind of value the export holds.
//!
//! Why not serde_json or serde-wasm-bindgen in the page: the page only ever writes one JSON
//! document, and either crate brought three times this code into the first load. Floats are not
//! supported (the engine has none: money is `Decimal`, written as a string).

use serde::ser::{self, Serialize};
use std::fmt;

/// `value` as pretty JSON, or the reason it cannot be written (a float, a map key that is not a
/// string).
pub fn to_string_pretty<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    let mut w = Writer {
        out: String::new(),
        depth: 0,
    };
    value.serialize(&mut w)?;
    Ok(w.out)
}

/// Why a value could not be written.
#[derive(Debug, PartialEq)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

fn unsupported(what: &str) -> Error {
    Error(format!("{what} cannot be written as JSON here"))
}

struct Writer {
    out: String,
    depth: usize,
}

impl Writer {
    fn newline(&mut self) {
        self.out.push('\n');
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
    }

    fn string(&mut self, s: &str) {
        self.out.push('"');
        for c in s.chars() {
            match c {
                '"' => self.out.push_str("\\\""),
                '\\' => self.out.push_str("\\\\"),
                '\n' => self.out.push_str("\\n"),
                '\r' => self.out.push_str("\\r"),
                '\t' => self.out.push_str("\\t"),
                '\u{8}' => self.out.push_str("\\b"),
                '\u{c}' => self.out.push_str("\\f"),
                c if (c as u32) < 0x20 => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    self.out.push_str("\\u00");
                    self.out.push(HEX[(c as usize) >> 4] as char);
                    self.out.push(HEX[(c as usize) & 0xf] as char);
                }
                c => self.out.push(c),
            }
        }
        self.out.push('"');
    }

    /// `{"Variant": ` and the variant's own array or object; `close_variant` closes the outer
    /// object when the variant's `end` has closed its own.
    fn open_variant(&mut self, variant: &str, bracket: char) -> Compound<'_> {
        self.out.push('{');
        self.depth += 1;
        self.newline();
        self.string(variant);
        self.out.push_str(": ");
        self.open(bracket)
    }

    fn open(&mut self, bracket: char) -> Compound<'_> {
        self.out.push(bracket);
        self.depth += 1;
        Compound {
            w: self,
            first: true,
        }
    }
}

/// An array or object being written: commas and indentation between its elements.
struct Compound<'a> {
    w: &'a mut Writer,
    first: bool,
}

impl<'a> Compound<'a> {
    fn next(&mut self) {
        if !self.first {
            self.w.out.push(',');
        }
        self.first = false;
        self.w.newline();
    }

    fn key(&mut self, key: &str) {
        self.next();
        self.w.string(key);
        self.w.out.push_str(": ");
    }

    /// Writes the closing bracket; hands the writer back for an enclosing variant object.
    fn close(self, bracket: char) -> &'a mut Writer {
        self.w.depth -= 1;
        if !self.first {
            self.w.newline();
        }
        self.w.out.push(bracket);
        self.w
    }
}

impl<'a> ser::Serializer for &'a mut Writer {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.out.push_str(if v { "true" } else { "false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        if v < 0 {
            self.out.push('-');
        }
        self.serialize_u64(v.unsigned_abs())
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        // Digits by hand: `to_string` would bring the formatting machinery for one number.
        let mut digits = [0u8; 20];
        let (mut n, mut i) = (v, digits.len());
        loop {
            i -= 1;
            digits[i] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        for d in &digits[i..] {
            self.out.push(*d as char);
        }
        Ok(())
    }
    fn serialize_f32(self, _: f32) -> Result<(), Error> {
        Err(unsupported("a float"))
    }
    fn serialize_f64(self, _: f64) -> Result<(), Error> {
        Err(unsupported("a float"))
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.string(v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        let mut seq = self.open('[');
        for b in v {
            seq.next();
            ser::Serializer::serialize_u8(&mut *seq.w, *b)?;
        }
        seq.close(']');
        Ok(())
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.out.push_str("null");
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.string(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        let mut map = self.open('{');
        map.key(variant);
        value.serialize(&mut *map.w)?;
        map.close('}');
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a>, Error> {
        Ok(self.open('['))
    }
    fn serialize_tuple(self, _: usize) -> Result<Compound<'a>, Error> {
        Ok(self.open('['))
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, Error> {
        Ok(self.open('['))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, Error> {
        Ok(self.open_variant(variant, '['))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Compound<'a>, Error> {
        Ok(self.open('{'))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, Error> {
        Ok(self.open('{'))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, Error> {
        Ok(self.open_variant(variant, '{'))
    }
}

/// Closes the outer `{"Variant": …}` object of a tuple or struct variant.
fn close_variant(w: &mut Writer) {
    w.depth -= 1;
    w.newline();
    w.out.push('}');
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.next();
        value.serialize(&mut *self.w)
    }
    fn end(self) -> Result<(), Error> {
        self.close(']');
        Ok(())
    }
}

impl ser::SerializeTuple for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Error> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeTupleStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Error> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeTupleVariant for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Error> {
        close_variant(self.close(']'));
        Ok(())
    }
}

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.next();
        key.serialize(MapKey(&mut *self.w))?;
        self.w.out.push_str(": ");
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut *self.w)
    }
    fn end(self) -> Result<(), Error> {
        self.close('}');
        Ok(())
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.key(key);
        value.serialize(&mut *self.w)
    }
    fn end(self) -> Result<(), Error> {
        self.close('}');
        Ok(())
    }
}

impl ser::SerializeStructVariant for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        ser::SerializeStruct::serialize_field(self, key, value)
    }
    fn end(self) -> Result<(), Error> {
        close_variant(self.close('}'));
        Ok(())
    }
}

/// A map key: JSON keys are strings (the export's maps are keyed by names).
struct MapKey<'a>(&'a mut Writer);

impl ser::Serializer for MapKey<'_> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = ser::Impossible<(), Error>;
    type SerializeTuple = ser::Impossible<(), Error>;
    type SerializeTupleStruct = ser::Impossible<(), Error>;
    type SerializeTupleVariant = ser::Impossible<(), Error>;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = ser::Impossible<(), Error>;
    type SerializeStructVariant = ser::Impossible<(), Error>;

    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.0.string(v);
        Ok(())
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.0.string(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_bool(self, _: bool) -> Result<(), Error> {
        Err(unsupported("a map key that is not a string"))
    }
    fn serialize_i8(self, _: i8) -> Result<(), Error> {
        self.serialize_bool(false)
    }
    fn serialize_i16(self, _: i16) -> Result<(), Error> {
        self.serialize_bool(false)
    }
    fn serialize_i32(self, _: i32) -> Result<(), Error> {
        self.serialize_bool(false)
    }
    fn serialize_i64(self, _: i64) -> Result<(), Error> {
        self.serialize_bool(false)
    }
    fn serialize_u8(self, _: u8) -> Result<(), Error> {
        self.serialize_bool(false)
    }
    fn serialize_u16(self, _: u16) -> Result<(), Error> {
        self.serialize_bool(false)
    }
    fn serialize_u32(self, _: u32) -> Result<(), Error> {
        self.serialize_bool(false)
    }
    fn serialize_u64(self, _: u64) -> Result<(), Error> {
        self.serialize_bool(false)
    }
    fn serialize_f32(self, _: f32) -> Result<(), Error> {
        self.serialize_bool(false)
    }
    fn serialize_f64(self, _: f64) -> Result<(), Error> {
        self.serialize_bool(false)
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Error> {
        self.serialize_bool(false)
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_bool(false)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result<(), Error> {
        self.serialize_bool(false)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.serialize_bool(false)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_bool(false)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), Error> {
        self.serialize_bool(false)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        Err(unsupported("a map key that is not a string"))
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Error> {
        Err(unsupported("a map key that is not a string"))
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        Err(unsupported("a map key that is not a string"))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(unsupported("a map key that is not a string"))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(unsupported("a map key that is not a string"))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, Error> {
        Err(unsupported("a map key that is not a string"))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(unsupported("a map key that is not a string"))
    }
}

#[cfg(test)]
mod tests {
    use super::to_string_pretty;
    use serde::Serialize;
    use std::collections::BTreeMap;

    #[derive(Serialize)]
    enum E {
        Unit,
        New(u8),
        Tuple(i32, bool),
        Struct { a: Option<u8>, b: Vec<u8> },
    }

    #[derive(Serialize)]
    struct S<'a> {
        text: &'a str,
        n: i64,
        big: u64,
        none: Option<u8>,
        empty: Vec<u8>,
        empty_map: BTreeMap<String, u8>,
        map: BTreeMap<&'a str, Vec<E>>,
        nested: Vec<Vec<u8>>,
        tuple: (u8, char),
        unit: (),
    }

    /// Byte for byte what serde_json writes, for every form the writer supports, including
    /// escapes, Chinese text, negative and extreme numbers and empty containers.
    #[test]
    fn writes_what_serde_json_writes() {
        let mut map = BTreeMap::new();
        map.insert("k\"ey", vec![E::Unit, E::New(7), E::Tuple(-3, true)]);
        map.insert(
            "空",
            vec![
                E::Struct { a: None, b: vec![] },
                E::Struct {
                    a: Some(1),
                    b: vec![2, 3],
                },
            ],
        );
        let s = S {
            text: "quote \" backslash \\ nl \n cr \r tab \t bell \u{7} nul \u{0} ff \u{c} bs \u{8} del \u{7f} 专精特新 😀",
            n: i64::MIN,
            big: u64::MAX,
            none: None,
            empty: vec![],
            empty_map: BTreeMap::new(),
            map,
            nested: vec![vec![], vec![0], vec![1, 2]],
            tuple: (0, '"'),
            unit: (),
        };
        assert_eq!(
            to_string_pretty(&s).unwrap(),
            serde_json::to_string_pretty(&s).unwrap()
        );
        for v in [
            E::Unit,
            E::New(0),
            E::Tuple(1, false),
            E::Struct {
                a: Some(9),
                b: vec![1],
            },
        ] {
            assert_eq!(
                to_string_pretty(&v).unwrap(),
                serde_json::to_string_pretty(&v).unwrap()
            );
        }
    }

    #[test]
    fn floats_are_refused_not_guessed() {
        assert!(to_string_pretty(&1.5f64).is_err());
    }
}
