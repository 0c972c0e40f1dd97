import {
  to = awscc_connectcampaigns_campaign.example
  id = "arn"
}