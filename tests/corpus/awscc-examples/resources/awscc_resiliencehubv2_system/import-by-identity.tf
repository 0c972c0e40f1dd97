import {
  to = awscc_resiliencehubv2_system.example
  identity = {
    system_arn = "system_arn"
  }
}
