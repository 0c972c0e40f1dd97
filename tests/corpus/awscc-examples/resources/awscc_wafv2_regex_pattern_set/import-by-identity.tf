import {
  to = awscc_wafv2_regex_pattern_set.example
  identity = {
    name  = "name"
    id    = "id"
    scope = "scope"
  }
}
