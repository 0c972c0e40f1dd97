import {
  to = awscc_iotsitewise_asset_model.example
  id = "asset_model_id"
}