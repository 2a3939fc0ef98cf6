// SPDX-License-Identifier: Apache-2.0
// MergedReplay: a k-way merge of several inputs by message time (ingest.hpp). Each input has a Stream that
// decodes into a queue; an input's queue is refilled (one chunk at a time) only when it is empty, so the
// merge always knows every input's next time and memory holds about one chunk of messages per input.
// Streams deliver non-decreasing times, so taking the earliest head each time gives a sorted whole.
#include <limits>
#include <memory>
#include <utility>
#include <vector>

#include "track/ingest.hpp"

namespace cp::track {

namespace {

/// Collects a stream's messages in order.
class QueueSink final : public MessageSink {
public:
    void on_mode_s(adsb::Message& msg, std::int64_t t_ms) override { queue.push_back({t_ms, msg}); }
    void on_sbs(const adsb::SbsRecord& record, std::int64_t t_ms) override {
        queue.push_back({t_ms, record});
    }
    void on_ais(const ais::Message& msg, std::int64_t t_ms) override { queue.push_back({t_ms, msg}); }

    /// A vector and a read index rather than a deque: messages are ~600 bytes, and libstdc++'s deque would
    /// allocate a block per message at that size. The vector is cleared (capacity kept) once drained.
    std::vector<TimedMessage> queue;
    std::size_t head = 0;
};

struct Input {
    std::unique_ptr<QueueSink> queue;  ///< heap: the Stream keeps a reference to it
    std::unique_ptr<Stream> stream;
    MergedReplay::Reader reader;
    bool done = false;
};

}  // namespace

struct MergedReplay::Impl {
    MessageSink* sink;
    IngestOptions options;
    std::vector<Input> inputs;
    std::uint64_t bytes_read = 0;
    std::uint64_t messages = 0;
    std::optional<std::int64_t> first_ms;
    std::optional<std::int64_t> last_ms;

    /// Reads chunks of `input` until its queue has a message or the input ends.
    void refill(Input& input, const std::function<void(std::uint64_t)>& on_bytes) {
        QueueSink& sink_queue = *input.queue;
        if (sink_queue.head < sink_queue.queue.size() || input.done) return;
        sink_queue.queue.clear();
        sink_queue.head = 0;
        while (sink_queue.queue.empty() && !input.done) {
            const std::span<const std::uint8_t> chunk = input.reader();
            if (chunk.empty()) {
                input.stream->finish();
                input.done = true;
            } else {
                input.stream->feed(chunk);
                bytes_read += chunk.size();
            }
            if (on_bytes) on_bytes(bytes_read);
        }
    }

    /// The input whose next message is earliest (the first added on ties), or null when all are drained.
    Input* earliest() noexcept {
        Input* best = nullptr;
        std::int64_t best_ms = std::numeric_limits<std::int64_t>::max();
        for (Input& input : inputs) {
            const QueueSink& sink_queue = *input.queue;
            if (sink_queue.head >= sink_queue.queue.size()) continue;
            const std::int64_t t_ms = sink_queue.queue[sink_queue.head].t_ms;
            if (best == nullptr || t_ms < best_ms) {
                best = &input;
                best_ms = t_ms;
            }
        }
        return best;
    }
};

MergedReplay::MergedReplay(MessageSink& sink, const IngestOptions& options)
    : m_impl(std::make_unique<Impl>(Impl{&sink, options, {}, 0, 0, std::nullopt, std::nullopt})) {}
MergedReplay::~MergedReplay() = default;
MergedReplay::MergedReplay(MergedReplay&&) noexcept = default;
MergedReplay& MergedReplay::operator=(MergedReplay&&) noexcept = default;

void MergedReplay::add_input(std::string name, Format format, Reader reader) {
    Input input;
    input.queue = std::make_unique<QueueSink>();
    input.stream = std::make_unique<Stream>(std::move(name), format, *input.queue, m_impl->options);
    input.reader = std::move(reader);
    m_impl->inputs.push_back(std::move(input));
}

void MergedReplay::run(const std::function<void(std::uint64_t)>& on_bytes) {
    Impl& impl = *m_impl;
    while (true) {
        for (Input& input : impl.inputs) impl.refill(input, on_bytes);
        Input* next = impl.earliest();
        if (next == nullptr) break;
        TimedMessage& message = next->queue->queue[next->queue->head++];
        if (!impl.first_ms) impl.first_ms = message.t_ms;
        impl.last_ms = message.t_ms;
        ++impl.messages;
        deliver(message, *impl.sink);
    }
}

std::size_t MergedReplay::size() const noexcept {
    return m_impl->inputs.size();
}
const Stream& MergedReplay::stream(std::size_t index) const noexcept {
    return *m_impl->inputs[index].stream;
}
std::uint64_t MergedReplay::messages() const noexcept {
    return m_impl->messages;
}
std::optional<std::int64_t> MergedReplay::first_ms() const noexcept {
    return m_impl->first_ms;
}
std::optional<std::int64_t> MergedReplay::last_ms() const noexcept {
    return m_impl->last_ms;
}

}  // namespace cp::track
