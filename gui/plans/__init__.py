"""The Plans page (销售计划): action items, reverse funnel and the annual timeline."""
