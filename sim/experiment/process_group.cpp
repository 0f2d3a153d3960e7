#include "sim/experiment/process_group.hpp"

#include <cstdlib>

#if defined(COOPSIM_WITH_MPI)
#include <boost/mpi/collectives.hpp>
#include <boost/mpi/communicator.hpp>
#include <boost/mpi/environment.hpp>
#include <boost/serialization/string.hpp>
#endif

namespace coopsim::experiment {

bool launched_by_mpi() {
    for (const char* variable : {"OMPI_COMM_WORLD_SIZE", "PMI_SIZE", "PMIX_RANK"})
        if (std::getenv(variable) != nullptr) return true;
    return false;
}

#if defined(COOPSIM_WITH_MPI)

struct ProcessGroup::Mpi {
    // Not aborting the job when an exception unwinds through here: an input error found by the
    // leader is reported and ends every process with exit code 2.
    boost::mpi::environment environment{false};
    boost::mpi::communicator world;
};

ProcessGroup::ProcessGroup(bool join_mpi) {
    if (!join_mpi || !launched_by_mpi()) return;
    mpi_ = std::make_unique<Mpi>();
    rank_ = mpi_->world.rank();
    size_ = mpi_->world.size();
}

ProcessGroup::~ProcessGroup() = default;

void ProcessGroup::barrier() const {
    if (mpi_) mpi_->world.barrier();
}

std::string ProcessGroup::broadcast(std::string text) const {
    if (mpi_) boost::mpi::broadcast(mpi_->world, text, 0);
    return text;
}

#else

struct ProcessGroup::Mpi {};

ProcessGroup::ProcessGroup(bool) {}
ProcessGroup::~ProcessGroup() = default;
void ProcessGroup::barrier() const {}
std::string ProcessGroup::broadcast(std::string text) const {
    return text;
}

#endif

}  // namespace coopsim::experiment
