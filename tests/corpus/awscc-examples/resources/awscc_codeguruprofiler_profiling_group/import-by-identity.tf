import {
  to = awscc_codeguruprofiler_profiling_group.example
  identity = {
    profiling_group_name = "profiling_group_name"
  }
}
