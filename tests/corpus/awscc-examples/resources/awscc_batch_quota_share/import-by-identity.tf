import {
  to = awscc_batch_quota_share.example
  identity = {
    quota_share_arn = "quota_share_arn"
  }
}
