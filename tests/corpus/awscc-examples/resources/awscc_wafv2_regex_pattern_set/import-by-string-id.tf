import {
  to = awscc_wafv2_regex_pattern_set.example
  id = "name|id|scope"
}