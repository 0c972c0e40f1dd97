import {
  to = awscc_iotsitewise_asset_model.example
  identity = {
    asset_model_id = "asset_model_id"
  }
}
