import {
  to = awscc_bcmpricingcalculator_bill_scenario.example
  identity = {
    arn = "arn"
  }
}
