/// An 8-bit RGBA PNG, as `rsvg-convert` writes them, decoded to pixels.
struct PNGImage {
    var width: Int
    var height: Int
    /// Red, green, blue, alpha, row after row.
    var pixels: [UInt8]

    init(_ bytes: [UInt8]) throws {
        guard bytes.count > 33, Array(bytes[0..<8]) == [137, 80, 78, 71, 13, 10, 26, 10] else {
            throw Inflate.Failure(description: "not a PNG")
        }
        func u32(_ at: Int) -> Int { bytes[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
        var position = 8, compressed: [UInt8] = []
        var header: (width: Int, height: Int, depth: UInt8, colour: UInt8, interlace: UInt8)?
        while position + 8 <= bytes.count {
            let length = u32(position)
            let type = String(decoding: bytes[(position + 4)..<(position + 8)], as: UTF8.self)
            let data = position + 8
            if type == "IHDR" { header = (u32(data), u32(data + 4), bytes[data + 8], bytes[data + 9], bytes[data + 12]) }
            if type == "IDAT" { compressed += bytes[data..<(data + length)] }
            position = data + length + 4
        }
        guard let header, header.depth == 8, header.colour == 6, header.interlace == 0 else {
            throw Inflate.Failure(description: "only 8-bit RGBA, non-interlaced PNGs are read")
        }
        (width, height) = (header.width, header.height)
        let raw = try Inflate.zlib(compressed)
        let stride = width * 4
        guard raw.count == height * (stride + 1) else { throw Inflate.Failure(description: "image data has the wrong size") }
        pixels = [UInt8](repeating: 0, count: height * stride)
        for row in 0..<height {
            let filter = raw[row * (stride + 1)]
            for column in 0..<stride {
                let x = Int(raw[row * (stride + 1) + 1 + column])
                let a = column >= 4 ? Int(pixels[row * stride + column - 4]) : 0
                let b = row > 0 ? Int(pixels[(row - 1) * stride + column]) : 0
                let c = row > 0 && column >= 4 ? Int(pixels[(row - 1) * stride + column - 4]) : 0
                let predictor: Int
                switch filter {
                case 0: predictor = 0
                case 1: predictor = a
                case 2: predictor = b
                case 3: predictor = (a + b) / 2
                default:
                    let p = a + b - c
                    let (pa, pb, pc) = (abs(p - a), abs(p - b), abs(p - c))
                    predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c
                }
                pixels[row * stride + column] = UInt8((x + predictor) & 0xFF)
            }
        }
    }

    /// The pixels that are not transparent.
    var paintedCount: Int { stride(from: 3, to: pixels.count, by: 4).filter { pixels[$0] > 0 }.count }

    /// The opaque pixels within `tolerance` of `hex` (`#RRGGBB`) in each channel.
    func count(near hex: String, tolerance: Int = 24) -> Int {
        let value = Int(hex.dropFirst(), radix: 16)!
        let target = [value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF]
        return stride(from: 0, to: pixels.count, by: 4).filter { index in
            pixels[index + 3] > 200 && (0..<3).allSatisfy { abs(Int(pixels[index + $0]) - target[$0]) <= tolerance }
        }.count
    }
}
