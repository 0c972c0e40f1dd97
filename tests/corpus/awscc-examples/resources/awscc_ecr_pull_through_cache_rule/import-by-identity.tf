import {
  to = awscc_ecr_pull_through_cache_rule.example
  identity = {
    ecr_repository_prefix = "ecr_repository_prefix"
  }
}
