"""The product catalogue (产品目录) in Settings: products, product lines, list prices."""
