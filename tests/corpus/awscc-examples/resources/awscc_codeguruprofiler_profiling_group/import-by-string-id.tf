import {
  to = awscc_codeguruprofiler_profiling_group.example
  id = "profiling_group_name"
}