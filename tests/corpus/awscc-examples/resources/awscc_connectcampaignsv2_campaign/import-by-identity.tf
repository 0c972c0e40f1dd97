import {
  to = awscc_connectcampaignsv2_campaign.example
  identity = {
    arn = "arn"
  }
}
