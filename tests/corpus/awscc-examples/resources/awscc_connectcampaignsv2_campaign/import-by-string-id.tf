import {
  to = awscc_connectcampaignsv2_campaign.example
  id = "arn"
}