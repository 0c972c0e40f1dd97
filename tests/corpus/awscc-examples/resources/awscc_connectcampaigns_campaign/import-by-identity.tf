import {
  to = awscc_connectcampaigns_campaign.example
  identity = {
    arn = "arn"
  }
}
