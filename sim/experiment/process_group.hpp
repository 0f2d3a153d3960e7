#pragma once
// The processes a sweep runs on: one, or the ranks of an MPI job (`mpirun -n N coopsim sweep`,
// `srun coopsim sweep`). MPI is used only when coopsim was built with it (COOPSIM_WITH_MPI) and
// the process was started by an MPI launcher; otherwise this is a group of one.
#include <memory>
#include <string>

namespace coopsim::experiment {

class ProcessGroup {
  public:
    // Joins the MPI job, when there is one and `join_mpi`; otherwise a group of one.
    explicit ProcessGroup(bool join_mpi = true);
    ~ProcessGroup();
    ProcessGroup(const ProcessGroup&) = delete;
    ProcessGroup& operator=(const ProcessGroup&) = delete;

    int rank() const { return rank_; }
    int size() const { return size_; }
    bool leader() const { return rank_ == 0; }

    void barrier() const;
    // The leader's `text`, on every process.
    std::string broadcast(std::string text) const;

  private:
    struct Mpi;
    std::unique_ptr<Mpi> mpi_;
    int rank_ = 0;
    int size_ = 1;
};

// Whether this process was started by an MPI launcher (OpenMPI's mpirun, PMI/PMIx, Slurm).
bool launched_by_mpi();

}  // namespace coopsim::experiment
