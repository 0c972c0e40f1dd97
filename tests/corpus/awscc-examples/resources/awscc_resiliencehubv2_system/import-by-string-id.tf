import {
  to = awscc_resiliencehubv2_system.example
  id = "system_arn"
}