// A worker thread that consumes batches in the order they are handed to it, a few batches behind
// the thread that fills them, so producing (parsing) and consuming (detection, SQLite) use both
// cores.
//
//   BatchPipeline<Batch> pipe(4, [&](Batch& b) { return Consume(b); });
//   pipe.Filling().rows.push_back(...);       // fill the current batch
//   RETURN_IF_ERROR(pipe.Hand());             // queue it; Filling() is now another batch
//   RETURN_IF_ERROR(pipe.Drain());            // wait until everything handed is consumed
//
// Batches are recycled: after Hand(), Filling() is a batch consumed earlier (its vectors and
// strings keep their capacity) after `Batch::Reset()`, or a new one. The worker starts at the
// first Hand(). The first error `consume` returns stops the pipeline: later batches are not
// consumed and the next Hand or Drain returns it.
//
// Threads: one producer thread calls Filling, Hand, Drain and Close; `consume` runs on the worker.
// Between Drain() and the next Hand() the worker is idle, so the producer may use what `consume`
// uses.
#ifndef TIPHUB_COMMON_BATCH_PIPELINE_H_
#define TIPHUB_COMMON_BATCH_PIPELINE_H_

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

#include "common/status.h"

namespace tiphub {

template <typename Batch>
class BatchPipeline {
 public:
  using Consume = std::function<Status(Batch&)>;

  // `depth`: batches queued ahead of the worker before Hand() waits.
  BatchPipeline(size_t depth, Consume consume) : depth_(depth), consume_(std::move(consume)) {}
  // Consumes what was handed, then stops the worker.
  ~BatchPipeline() { Close(); }
  BatchPipeline(const BatchPipeline&) = delete;
  BatchPipeline& operator=(const BatchPipeline&) = delete;

  Batch& Filling() { return filling_; }

  // Queues Filling() for the worker (waiting while `depth` batches are queued).
  [[nodiscard]] Status Hand() {
    if (!worker_.joinable()) worker_ = std::thread([this] { Run(); });
    std::unique_lock lock(mu_);
    space_.wait(lock, [this] { return queue_.size() < depth_ || !error_.ok(); });
    if (!error_.ok()) return error_;
    queue_.push_back(std::move(filling_));
    filling_ = Batch{};
    if (!free_.empty()) {
      filling_ = std::move(free_.back());
      free_.pop_back();
    }
    filling_.Reset();
    ready_.notify_one();
    return Status::Ok();
  }

  // Waits until every handed batch is consumed; the error of `consume`, if any.
  [[nodiscard]] Status Drain() {
    std::unique_lock lock(mu_);
    space_.wait(lock, [this] { return (queue_.empty() && !busy_) || !error_.ok(); });
    return error_;
  }

  // Consumes what was handed (not Filling()), then joins the worker. Idempotent.
  void Close() {
    {
      std::lock_guard lock(mu_);
      closed_ = true;
    }
    ready_.notify_one();
    if (worker_.joinable()) worker_.join();
  }

 private:
  void Run() {
    for (;;) {
      Batch batch;
      {
        std::unique_lock lock(mu_);
        ready_.wait(lock, [this] { return !queue_.empty() || closed_; });
        if (queue_.empty() || !error_.ok()) return;
        batch = std::move(queue_.front());
        queue_.pop_front();
        busy_ = true;
      }
      space_.notify_all();
      Status s = consume_(batch);
      std::lock_guard lock(mu_);
      busy_ = false;
      if (!s.ok()) error_ = std::move(s);
      free_.push_back(std::move(batch));
      space_.notify_all();
    }
  }

  const size_t depth_;
  Consume consume_;
  Batch filling_;
  std::mutex mu_;
  std::condition_variable ready_, space_;
  std::deque<Batch> queue_;
  std::vector<Batch> free_;
  bool busy_ = false, closed_ = false;
  Status error_;
  std::thread worker_;  // last: started at the first Hand()
};

}  // namespace tiphub

#endif  // TIPHUB_COMMON_BATCH_PIPELINE_H_
