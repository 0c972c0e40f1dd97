import {
  to = awscc_batch_quota_share.example
  id = "quota_share_arn"
}