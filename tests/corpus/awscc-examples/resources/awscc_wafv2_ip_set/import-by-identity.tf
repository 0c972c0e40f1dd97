import {
  to = awscc_wafv2_ip_set.example
  identity = {
    name  = "name"
    id    = "id"
    scope = "scope"
  }
}
