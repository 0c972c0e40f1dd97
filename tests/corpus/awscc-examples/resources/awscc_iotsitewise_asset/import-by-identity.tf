import {
  to = awscc_iotsitewise_asset.example
  identity = {
    asset_id = "asset_id"
  }
}
