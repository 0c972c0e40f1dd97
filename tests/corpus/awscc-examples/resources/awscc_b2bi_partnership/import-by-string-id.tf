import {
  to = awscc_b2bi_partnership.example
  id = "partnership_id"
}