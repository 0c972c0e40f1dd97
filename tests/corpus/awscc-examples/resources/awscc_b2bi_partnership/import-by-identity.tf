import {
  to = awscc_b2bi_partnership.example
  identity = {
    partnership_id = "partnership_id"
  }
}
