import {
  to = awscc_wafv2_ip_set.example
  id = "name|id|scope"
}