import {
  to = awscc_ecr_pull_through_cache_rule.example
  id = "ecr_repository_prefix"
}