import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A `.safetensors` file mapped into memory, read-only, whose float32 tensors are used in place.
///
/// The format is an 8-byte little-endian header length, a JSON header naming each tensor's
/// dtype, shape and byte range, then the raw data. Tensors are never copied when aligned (the
/// pages of rows that are never read, most of the word embeddings, are never even loaded).
/// Immutable after `init`, hence `@unchecked Sendable`.
public final class SafeTensorsFile: @unchecked Sendable {
    /// One tensor's place in the file.
    public struct Entry: Sendable, Equatable {
        public var dtype: String
        public var shape: [Int]
        public var offset: Int
        public var byteCount: Int
    }

    public let path: String
    public let entries: [String: Entry]
    private let base: UnsafeMutableRawPointer
    private let length: Int
    private let dataStart: Int

    public init(path: String) throws {
        self.path = path
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw EncoderError.unreadableFile(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size > 8 else {
            throw EncoderError.malformedFile(path: path, reason: "shorter than a safetensors header")
        }
        length = Int(info.st_size)
        guard let mapped = mmap(nil, length, PROT_READ, MAP_PRIVATE, fd, 0), mapped != MAP_FAILED else {
            throw EncoderError.unreadableFile(path: path, reason: "mmap failed: \(String(cString: strerror(errno)))")
        }
        base = mapped
        do {
            let headerLength = Int(UInt64(littleEndian: mapped.loadUnaligned(as: UInt64.self)))
            guard headerLength > 0, 8 + headerLength <= length else {
                throw EncoderError.malformedFile(path: path, reason: "header length \(headerLength) exceeds the file")
            }
            dataStart = 8 + headerLength
            let header = Data(bytes: mapped + 8, count: headerLength)
            entries = try Self.parseHeader(header, path: path, dataLength: length - dataStart)
        } catch {
            munmap(mapped, length)
            throw error
        }
    }

    deinit { munmap(base, length) }

    private static func parseHeader(_ header: Data, path: String, dataLength: Int) throws -> [String: Entry] {
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: header)
        } catch {
            throw EncoderError.malformedFile(path: path, reason: "header is not JSON: \(error.localizedDescription)")
        }
        guard let object = parsed as? [String: Any] else {
            throw EncoderError.malformedFile(path: path, reason: "header is not a JSON object")
        }
        var entries: [String: Entry] = [:]
        for (name, value) in object where name != "__metadata__" {
            guard let fields = value as? [String: Any], let dtype = fields["dtype"] as? String,
                let shape = fields["shape"] as? [Int], let range = fields["data_offsets"] as? [Int],
                range.count == 2, range[0] >= 0, range[0] <= range[1], range[1] <= dataLength
            else {
                throw EncoderError.malformedFile(path: path, reason: "tensor \(name) has a bad header entry")
            }
            entries[name] = Entry(dtype: dtype, shape: shape, offset: range[0], byteCount: range[1] - range[0])
        }
        return entries
    }

    /// The float32 tensor `name`, checked against `shape`, as a pointer into the mapping.
    public func floats(_ name: String, shape: [Int]) throws -> UnsafePointer<Float> {
        guard let entry = entries[name] else { throw EncoderError.badTensor(name: name, reason: "absent from \(path)") }
        guard entry.dtype == "F32" else { throw EncoderError.badTensor(name: name, reason: "dtype \(entry.dtype), expected F32") }
        guard entry.shape == shape, entry.byteCount == shape.reduce(4, *) else {
            throw EncoderError.badTensor(name: name, reason: "shape \(entry.shape), expected \(shape)")
        }
        let address = base + dataStart + entry.offset
        guard Int(bitPattern: address) % MemoryLayout<Float>.alignment == 0 else {
            throw EncoderError.badTensor(name: name, reason: "data is not 4-byte aligned")
        }
        return UnsafePointer(address.assumingMemoryBound(to: Float.self))
    }
}
