// Tells a .docx (a zip) from the OLE compound files that are mistaken for one: a
// password-protected .docx (Word wraps the encrypted package in OLE, with an EncryptionInfo
// stream) and a legacy binary .doc (an OLE file with a WordDocument stream).
import { TcError } from '@tc/model';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/**
 * Names of the streams and storages in an OLE compound file. Directory entries are 128 bytes and
 * always 128-byte aligned (sectors are 512 or 4096 bytes after a header of the same size), so an
 * aligned scan finds them without walking the allocation table; an entry is accepted only when its
 * name length and object type are consistent.
 */
export function oleStreamNames(bytes: Uint8Array): Set<string> {
  const names = new Set<string>();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let p = 512; p + 128 <= bytes.length; p += 128) {
    const nameBytes = view.getUint16(p + 0x40, true);
    const type = bytes[p + 0x42]!;
    if (nameBytes < 4 || nameBytes > 64 || nameBytes % 2 !== 0 || (type !== 1 && type !== 2 && type !== 5)) continue;
    if (view.getUint16(p + nameBytes - 2, true) !== 0) continue;
    let name = '';
    let printable = true;
    for (let i = 0; i < nameBytes - 2; i += 2) {
      const c = view.getUint16(p + i, true);
      if (c < 0x20 && c !== 0x05 && c !== 0x06) printable = false;
      name += String.fromCharCode(c);
    }
    if (printable) names.add(name);
  }
  return names;
}

/** Throws a typed TcError unless the bytes look like a zip package. */
export function assertZipPackage(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new TcError('TC_EMPTY_INPUT', 'The .docx file is empty.');
  if (startsWith(bytes, OLE_MAGIC)) {
    const names = oleStreamNames(bytes);
    if (names.has('EncryptionInfo') || names.has('EncryptedPackage')) {
      throw new TcError('TC_DOCX_ENCRYPTED', 'The .docx is password-protected (encrypted); remove the password in Word and save it again.');
    }
    if (names.has('WordDocument')) {
      throw new TcError(
        'TC_DOC_LEGACY',
        'This is a legacy binary Word .doc file, which is not supported; convert it first, e.g. `soffice --headless --convert-to docx plan.doc`.',
      );
    }
    throw new TcError('TC_DOCX_CORRUPT', 'The file is an OLE compound document but neither a Word document nor an encrypted .docx.');
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw new TcError('TC_DOCX_CORRUPT', 'The file is not a .docx: it is not a zip package.');
}
