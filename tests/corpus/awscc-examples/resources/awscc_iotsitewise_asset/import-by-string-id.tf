import {
  to = awscc_iotsitewise_asset.example
  id = "asset_id"
}