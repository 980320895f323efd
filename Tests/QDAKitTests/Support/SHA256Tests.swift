import Testing

@testable import QDAKit

@Suite("SHA-256")
struct SHA256Tests {
    // FIPS 180-4 examples (NIST CSRC "Cryptographic Standards and Guidelines: Examples with
    // Intermediate Values", SHA-256), plus the empty message.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
    ])
    func fipsExamples(message: String, digest: String) {
        #expect(SHA256.hex(of: Array(message.utf8)) == digest)
    }

    @Test("One million repetitions of `a`")
    func millionA() {
        #expect(
            SHA256.hex(of: [UInt8](repeating: 0x61, count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("The same digest as the textbook version, for every length around the block size and for text")
    func matchesReference() throws {
        var generator = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 73 &+ 11) }
        for length in 0..<300 {
            let message = Array(generator.prefix(length))
            #expect(SHA256.hex(of: message) == ReferenceSHA256.hex(of: message), "length \(length)")
            generator.append(UInt8(truncatingIfNeeded: length))
        }
        for text in EdgeCaseText.strings(count: 50, length: 400) + ["Één café, twee crème brûlée\r\n\r\nKim: ja"] {
            let bytes = Array(text.utf8)
            #expect(SHA256.hex(of: bytes) == ReferenceSHA256.hex(of: bytes))
            // Fed in pieces of different sizes, as a stream.
            var hash = SHA256()
            var start = 0
            var piece = 1
            while start < bytes.count {
                let end = min(bytes.count, start + piece)
                hash.update(bytes[start..<end])
                start = end
                piece = piece * 3 + 1
            }
            let digits = hash.finalize().map { String($0, radix: 16) }.map { $0.count == 1 ? "0" + $0 : $0 }.joined()
            #expect(digits == ReferenceSHA256.hex(of: bytes))
        }
    }
}
